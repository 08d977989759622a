package dev.wireetl.common.figures;

/** GDELT-style type of a count of people or things affected by an event, from its trigger word. */
public enum CountType {
    KILL,
    WOUND,
    ARREST,
    KIDNAP,
    EVACUATE,
    DISPLACE,
    AFFECT
}
