package org.fupin.ledger.console.board;

import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.project.ProjectView;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** 乡镇项目看板: the project board of one town, or of every town, with its timeline and money charts. */
@Controller
class BoardPage {

    private static final ParameterizedTypeReference<List<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {
            };

    private final LedgerApi api;

    BoardPage(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) String town, Model model) {
        BoardView board = town == null || town.isBlank()
                ? api.read("/api/reports/projects", BoardView.class)
                : api.read("/api/reports/projects?town={town}", BoardView.class, town);
        model.addAttribute("board", board);
        model.addAttribute("charts", BoardCharts.of(board, api.read("/api/projects", PROJECTS)));
        return "board/board";
    }
}
