package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/funds/{id}/allocations}: the fund's allocations and returns one by one, as JSON or XLSX. */
@RestController
class FundAllocationsController {

    private final FundMovements movements;
    private final XlsxDownloads xlsx;

    FundAllocationsController(FundMovements movements, XlsxDownloads xlsx) {
        this.movements = movements;
        this.xlsx = xlsx;
    }

    @GetMapping("/api/funds/{id}/allocations")
    FundMovements.FundAllocations allocations(@PathVariable String id) {
        return movements.of(id);
    }

    @GetMapping(path = "/api/funds/{id}/allocations", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> allocationsWorkbook(@PathVariable String id) {
        FundMovements.FundAllocations fund = movements.of(id);
        return xlsx.download(new Spreadsheet(fund.fundName() + "_拨付与退回",
                List.of(FundWorkbook.allocations(fund), FundWorkbook.returns(fund))));
    }
}
