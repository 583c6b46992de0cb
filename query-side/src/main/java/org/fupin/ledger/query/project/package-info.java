/** The project read model: lifecycle, money per fund, milestones, and the overdue and stalled flags. */
package org.fupin.ledger.query.project;
