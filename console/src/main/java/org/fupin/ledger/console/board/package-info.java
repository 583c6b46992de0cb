/** The town board: per village and project type, projects by status and the money budgeted, committed, paid. */
package org.fupin.ledger.console.board;
