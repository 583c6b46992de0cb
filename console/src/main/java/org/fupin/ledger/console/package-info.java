/**
 * The console: Thymeleaf pages in Chinese (and English) over the command and query APIs, one package per
 * feature. It holds no business rule and touches no database; the APIs decide and answer, it shows.
 */
package org.fupin.ledger.console;
