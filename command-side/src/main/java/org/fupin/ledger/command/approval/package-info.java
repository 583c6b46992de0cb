/** Maker-checker on large amounts: the threshold and the rules a fund's and a project's pending items share. */
package org.fupin.ledger.command.approval;
