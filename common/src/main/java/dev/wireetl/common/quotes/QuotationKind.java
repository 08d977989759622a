package dev.wireetl.common.quotes;

/** How a quotation is given: in quote marks, reported, or reported around a quoted fragment. */
public enum QuotationKind {
    DIRECT, REPORTED, PARTIAL
}
