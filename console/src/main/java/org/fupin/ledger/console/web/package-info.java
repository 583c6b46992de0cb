/** What every page shares: amounts and dates as people read them, form keys, and the error pages. */
package org.fupin.ledger.console.web;
