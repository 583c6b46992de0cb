/**
 * Tables as XLSX workbooks: what every read model answers as JSON, also offered as a spreadsheet by
 * {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} or {@code ?format=xlsx}.
 */
package org.fupin.ledger.query.spreadsheet;
