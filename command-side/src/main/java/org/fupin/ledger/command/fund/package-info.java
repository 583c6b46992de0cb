/** Fund sources: registering them, allocating their money to villages, and taking returns back. */
package org.fupin.ledger.command.fund;
