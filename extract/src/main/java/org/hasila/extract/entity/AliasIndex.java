package org.hasila.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hasila.core.entity.Entity;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;

/**
 * Every alias of a gazetteer keyed by its first word, exactly and by single-deletion variants
 * (symmetric-delete lookup), so that candidates for a text word are found in constant time.
 */
final class AliasIndex {

    private final Map<String, List<Alias>> exact = new HashMap<>();
    private final Map<String, List<Alias>> near = new HashMap<>();
    /** The words of one-word aliases, as read: names of their own. */
    private final Set<String> names = new HashSet<>();

    AliasIndex(Gazetteer gazetteer, Readings readings) {
        this(gazetteer, readings, Set.of());
    }

    /**
     * @param nameHeads words that begin compound names (name-heads.txt: ود، أم، أبو، دير ...), folded, without the
     *                  article: an Arabic name that begins with one is also written as one word ("ود النورة" and
     *                  "ودالنورة"، "أم درمان" and "امدرمان"، "دير الزور" and "ديرالزور"), and matched so
     */
    AliasIndex(Gazetteer gazetteer, Readings readings, Set<String> nameHeads) {
        TextNormalizer normalizer = TextNormalizer.forMatching();
        List<Entity> entities = gazetteer.entities();
        for (int order = 0; order < entities.size(); order++) {
            Entity entity = entities.get(order);
            for (String form : withJoinedHeads(forms(entity), normalizer, readings, nameHeads)) {
                Alias alias = alias(entity, order, form, normalizer, readings);
                if (alias != null) {
                    add(alias);
                }
            }
        }
    }

    /** Aliases whose first word may be the given reading of a text word, exactly or with a typo. */
    List<Alias> candidates(Reading reading) {
        String core = reading.core();
        Set<Alias> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(exact.getOrDefault(core, List.of()));
        found.addAll(near.getOrDefault(core, List.of()));
        if (core.length() >= 3) {
            for (String variant : Typos.deletions(core)) {
                found.addAll(near.getOrDefault(variant, List.of()));
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the word, as read, is a one-word alias of some entity. */
    boolean isName(String core) {
        return names.contains(core);
    }

    private void add(Alias alias) {
        String first = alias.cores().get(0);
        if (alias.size() == 1) {
            names.add(first);
        }
        exact.computeIfAbsent(first, k -> new ArrayList<>()).add(alias);
        if (alias.allowsTypo(0)) {
            near.computeIfAbsent(first, k -> new ArrayList<>()).add(alias);
            for (String variant : Typos.deletions(first)) {
                near.computeIfAbsent(variant, k -> new ArrayList<>()).add(alias);
            }
        }
    }

    /** {@code forms} and, for each Arabic one that opens with a head of compound names, the head joined to the next word. */
    private static Set<String> withJoinedHeads(Set<String> forms, TextNormalizer normalizer, Readings readings,
                                               Set<String> nameHeads) {
        if (nameHeads.isEmpty()) {
            return forms;
        }
        Set<String> all = new LinkedHashSet<>(forms);
        for (String form : forms) {
            String[] words = form.strip().split("\\s+", 3);
            if (words.length >= 2 && Character.UnicodeBlock.of(words[0].charAt(0)) == Character.UnicodeBlock.ARABIC
                    && nameHeads.contains(readings.inner(normalizer.normalize(words[0]).text()).core())) {
                all.add(words[0] + words[1] + (words.length == 3 ? " " + words[2] : ""));
            }
        }
        return all;
    }

    private static Set<String> forms(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(entity.name());
        forms.add(entity.nameAr());
        forms.addAll(entity.aliases());
        forms.removeIf(String::isBlank);
        return forms;
    }

    private static Alias alias(Entity entity, int order, String raw, TextNormalizer normalizer, Readings readings) {
        NormalizedText text = normalizer.normalize(raw);
        String folded = text.text();
        List<TextToken> tokens = TextTokens.of(folded);
        if (tokens.isEmpty()) {
            return null;
        }
        boolean acronym = isAcronym(raw);
        List<String> cores = new ArrayList<>(tokens.size());
        List<String> exactCase = new ArrayList<>(tokens.size());
        List<Boolean> capitalised = new ArrayList<>(tokens.size());
        boolean firstDefinite = false;
        boolean lastDefinite = false;
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).in(folded);
            Reading reading = readings.inner(word);
            cores.add(reading.core());
            firstDefinite = k == 0 ? reading.definite() : firstDefinite;
            lastDefinite = k > 0 && reading.definite();
            exactCase.add(acronym && isLatin(word) ? word.toUpperCase(Locale.ROOT) : null);
            capitalised.add(isLatin(word) && Character.isUpperCase(raw.charAt(text.originalStart(tokens.get(k).start()))));
        }
        return new Alias(entity, order, List.copyOf(cores), firstDefinite, Collections.unmodifiableList(exactCase),
                List.copyOf(capitalised), lastDefinite);
    }

    /** An all-capitals Latin form (WHO, AP, U.S.) that must not match the common word it spells. */
    private static boolean isAcronym(String raw) {
        int latin = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                latin++;
            }
        }
        return latin >= 2;
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
    }
}
