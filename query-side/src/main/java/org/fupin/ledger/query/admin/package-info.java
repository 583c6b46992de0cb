/** Administration of the read models: their processors' state and lag, and rebuilding them from events. */
package org.fupin.ledger.query.admin;
