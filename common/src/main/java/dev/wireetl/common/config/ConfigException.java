package dev.wireetl.common.config;

/** A configuration or command-line problem; the message names the key or flag at fault. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
