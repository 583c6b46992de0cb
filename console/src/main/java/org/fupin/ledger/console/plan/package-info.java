/**
 * Uploading an allocation plan (资金分配表): the upload page, the command side's preview with its per-row errors,
 * the confirmation, and the template. Every check is the command side's; the pages only show its answers.
 */
package org.fupin.ledger.console.plan;
