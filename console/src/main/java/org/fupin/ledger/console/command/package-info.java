/**
 * The ledger's commands as forms: one definition per command (its API path, its fields, the roles that send
 * it), one fragment that renders any of them, one controller that sends any of them and brings a refusal
 * back to the page the form was on.
 */
package org.fupin.ledger.console.command;
