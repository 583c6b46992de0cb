/**
 * Downloads: each table a page shows as an XLSX workbook, and the disclosure notice as a PDF to print, fetched
 * from the query side as the signed-in user and passed on as the API made them.
 */
package org.fupin.ledger.console.export;
