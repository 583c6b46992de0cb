package org.fupin.ledger.console.approval;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * 待审批: the allocations and payments waiting for a second finance officer, each with its approve and reject
 * forms (sent through the command forms; a refusal such as SAME_USER is shown on the item's row).
 */
@Controller
class ApprovalPages {

    private static final ParameterizedTypeReference<List<ApprovalView>> APPROVALS = new ParameterizedTypeReference<>() {
    };

    private final LedgerApi api;

    ApprovalPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/approvals")
    String approvals(Model model) {
        model.addAttribute("approvals", api.read("/api/approvals?status=PENDING", APPROVALS));
        return "approval/approvals";
    }
}
