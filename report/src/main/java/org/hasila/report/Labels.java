package org.hasila.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Arabic labels for the contract's codes, read from {@code labels-ar.txt}. */
final class Labels {

    private static final String RESOURCE = "labels-ar.txt";
    private static final Map<String, String> LABELS = load();

    private Labels() {
    }

    /** The label of {@code code}, the code itself when it has none, {@code null} for {@code null}. */
    static String of(String code) {
        return code == null ? null : LABELS.getOrDefault(code, code);
    }

    /** The label of {@code code}, or {@code null} when it has none. */
    static String find(String code) {
        return code == null ? null : LABELS.get(code);
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || eq < 1) {
                    continue;
                }
                labels.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(labels);
    }
}
