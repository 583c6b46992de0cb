/**
 * The command side of Fupin Ledger: one package per feature ({@code fund}, {@code village}), HTTP plumbing
 * shared by every controller in {@code http}, framework wiring in {@code config}.
 */
package org.fupin.ledger.command;
