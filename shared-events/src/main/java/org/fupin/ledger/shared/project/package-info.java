/** Events of infrastructure projects: their lifecycle, the money committed and paid, and milestones. */
package org.fupin.ledger.shared.project;
