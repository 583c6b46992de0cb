/** 资金总览: the finance officer's overview of every fund, the trial balance and where the money flowed. */
package org.fupin.ledger.console.dashboard;
