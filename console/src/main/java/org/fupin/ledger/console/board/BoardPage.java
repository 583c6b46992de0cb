package org.fupin.ledger.console.board;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 乡镇项目看板: the project board of one town, or of every town. */
@Controller
class BoardPage {

    private final LedgerApi api;

    BoardPage(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) String town, Model model) {
        model.addAttribute("board", town == null || town.isBlank()
                ? api.read("/api/reports/projects", BoardView.class)
                : api.read("/api/reports/projects?town={town}", BoardView.class, town));
        return "board/board";
    }
}
