package org.hasila.reconcile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hasila.core.entity.Mention;
import org.hasila.core.entity.PlaceTree;
import org.hasila.core.entity.UnknownPlace;

/**
 * Decides which place a document or a claim is about: the place it names most (a facility wins a tie, then the place
 * named first; the dateline's mention counts only when nothing else is named), never a country,
 * a region folded into the one place inside it that the texts name beside it (ديالى into بعقوبة). The facilities the
 * corpus reports in a city are told apart ({@link #facilitiesIn}): a report of the city is a facility's only for the
 * days that facility's own reports cover, which {@link EventClusterer} decides.
 */
final class PlaceResolver {

    static final String FACILITY = "fac:";
    static final String PLACE = "loc:";
    /** How close a city must be named to a facility to locate it ("السجن الواقع في حي ... بمدينة ..."). */
    private static final int NEAR_CHARS = 40;
    /** Levels of regions followed at most: the place tree's bound. */
    private static final int MAX_REGION_DEPTH = PlaceTree.MAX_DEPTH;
    /** Bound on a name's length, so that the backward scan stops. */
    private static final int MAX_NAME_CHARS = 80;

    private final Set<String> widePlaces;
    private final Map<String, String> parents;
    private final PlaceTree tree;
    /** The places some other place lies in: provinces, districts, towns with quarters. */
    private final Set<String> regions;
    private final Map<String, String> placeInRegion = new HashMap<>();
    private final Map<String, String> mainPlaceOfDocument = new HashMap<>();
    /** Each document's regions that it names with one place inside them, and that place (few a document). */
    private final Map<String, Map<String, String>> regionsOfDocument = new HashMap<>();
    /**
     * Each document's regions that it names with several places inside them (few documents: where the fold above
     * cannot choose), and those places: one of them is where it happened ({@link RegionalReports}).
     */
    private final Map<String, Map<String, Set<String>>> severalInRegionOfDocument = new HashMap<>();
    /**
     * Each document's countries that it attests by name or by two places inside them, where it attests two or more
     * (few documents: roundups); a figure's place in another of them than the main place's country is an incident of
     * its own.
     */
    private final Map<String, Set<String>> countriesOfDocument = new HashMap<>();
    /** Each document's places named in the sentence of a figure about its incident (Mention.Role.FIGURE). */
    private final Map<String, Set<String>> figurePlacesOfDocument = new HashMap<>();
    /** Each roundup's places that head its sections (few a document): each its own incident's (Mention.Role.SECTION). */
    private final Map<String, Set<String>> sectionPlacesOfDocument = new HashMap<>();
    /** Each document's places named more than once (few a document), those a figure's sentence may file it under. */
    private final Map<String, Set<String>> repeatedPlacesOfDocument = new HashMap<>();
    private final Map<String, String> facilityOfCity = new HashMap<>();
    /** Each document's sites (facilities, villages) that it names, not in passing (few a document). */
    private final Map<String, Set<String>> sitesOfDocument = new HashMap<>();
    /** Each place the texts locate facilities in, and those facilities. */
    private final Map<String, Set<String>> facilitiesOfPlace = new HashMap<>();
    private final Map<String, String> nameOfPlace = new HashMap<>();

    private PlaceResolver(Set<String> widePlaces, Map<String, String> parents) {
        this.widePlaces = widePlaces;
        this.parents = parents;
        this.tree = new PlaceTree(parents);
        this.regions = Set.copyOf(parents.values());
    }

    /** A resolver built from mentions streamed a document at a time, so that no more than one document's are held. */
    static Builder builder() {
        return builder(Map.of(), Map.of());
    }

    /**
     * As {@link #builder()}, given each document's dateline city ("بيروت - ..."): it says where the story was filed,
     * so it decides a document's main place only when the text names no other place.
     */
    static Builder builder(Map<String, String> datelineOf, Map<String, String> parents) {
        return builder(datelineOf, parents, Set.of());
    }

    /** As {@link #builder(Map, Map)}, with countries too wide to place an incident beyond {@code wide-places.txt}. */
    static Builder builder(Map<String, String> datelineOf, Map<String, String> parents, Set<String> countries) {
        Set<String> wide = new HashSet<>(ResourceLines.read("wide-places.txt"));
        wide.addAll(countries);
        return new Builder(new PlaceResolver(Set.copyOf(wide), parents), datelineOf);
    }

    /**
     * Takes mentions grouped by document (all of one document, then all of the next): it keeps a document's main
     * place and counts per entity (names, cities beside facilities), never the mentions themselves.
     */
    static final class Builder {

        private static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::start)
                .thenComparingInt(Mention::end).thenComparing(Mention::entity);

        private final PlaceResolver resolver;
        private final Map<String, Map<String, Integer>> cityCountsOfFacility = new TreeMap<>();
        /** Each region and the places inside it that a document names beside it. */
        private final Map<String, Set<String>> placesInRegion = new TreeMap<>();
        private final Map<String, Map<String, Integer>> nameCounts = new HashMap<>();
        private final Set<String> documentsSeen = new HashSet<>();
        private final List<Mention> current = new java.util.ArrayList<>();
        /** The current document's places named only incidentally: its place only when it names no other. */
        private final List<Mention> incidental = new java.util.ArrayList<>();
        /** Facilities some sentence of a figure about its incident names: only they locate the places beside them. */
        private final Set<String> facilitiesOfFigures = new HashSet<>();
        /** The countries the current document names ("الصومال:"، "في نيجيريا"). */
        private final Set<String> countriesNamed = new HashSet<>();
        private String currentDocument;

        private final Map<String, String> datelineOf;

        private Builder(PlaceResolver resolver, Map<String, String> datelineOf) {
            this.resolver = resolver;
            this.datelineOf = datelineOf;
        }

        /** @throws IllegalArgumentException when a document's mentions come after another document's */
        void add(Mention mention) {
            if (!mention.document().equals(currentDocument)) {
                endDocument();
                if (!documentsSeen.add(mention.document())) {
                    throw new IllegalArgumentException("mentions of " + mention.document()
                            + " come after those of another document; they must come grouped by document");
                }
                currentDocument = mention.document();
            }
            nameCounts.computeIfAbsent(mention.entity(), e -> new HashMap<>())
                    .merge(mention.text().strip(), 1, Integer::sum);
            if (resolver.widePlaces.contains(mention.entity()) && !resolver.parents.containsKey(mention.entity())) {
                countriesNamed.add(mention.entity()); // a roundup's "الصومال:" reads as a dateline, and still names it
            }
            if (!resolver.isUsable(mention.entity()) || mention.role() == Mention.Role.SEAT) {
                return; // a country; where a party named is based ("ومقرها أوسلو")
            }
            // where the wounded were taken, a point of reference, an earlier incident recalled: not the story's place
            if (mention.incidental()) {
                incidental.add(mention);
            } else {
                current.add(mention);
            }
            if (mention.role() == Mention.Role.FIGURE && isSite(mention.entity())) {
                facilitiesOfFigures.add(mention.entity());
            }
            if (isSite(mention.entity())) {
                resolver.sitesOfDocument.computeIfAbsent(currentDocument, d -> new TreeSet<>()).add(mention.entity());
            }
            if (mention.role() == Mention.Role.FIGURE) {
                resolver.figurePlacesOfDocument.computeIfAbsent(currentDocument, d -> new HashSet<>())
                        .add(mention.entity());
            }
            if (mention.role() == Mention.Role.SECTION) {
                resolver.sectionPlacesOfDocument.computeIfAbsent(currentDocument, d -> new HashSet<>())
                        .add(mention.entity());
            }
        }

        PlaceResolver build() {
            endDocument();
            // a camp named only in passing ("وتتعرض بلدة طمون ومخيم الفارعة لاقتحامات") is not where the town's figures are
            cityCountsOfFacility.keySet().retainAll(facilitiesOfFigures);
            resolver.locateFacilities(cityCountsOfFacility);
            placesInRegion.forEach((region, inside) -> {
                // "الحسكة"، "غويران"، "سجن الصناعة": the places inside one another are one place, the narrowest
                List<String> narrowest = inside.stream()
                        .filter(p -> inside.stream().noneMatch(q -> resolver.lies(q, p))).toList();
                if (narrowest.size() == 1) {
                    resolver.placeInRegion.put(region, narrowest.get(0));
                }
            });
            nameCounts.forEach((entity, byText) -> byText.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(best -> resolver.nameOfPlace.put(entity, best.getKey())));
            return resolver;
        }

        private void endDocument() {
            attestCountries();
            if (current.isEmpty()) {
                if (!incidental.isEmpty()) {
                    resolver.mainPlaceOfDocument.put(currentDocument,
                            mostMentioned(withoutDateline(incidental, datelineOf.get(currentDocument))));
                    incidental.clear();
                }
                return;
            }
            // of places named as often, the one the story was filed from ("الخرطوم (رويترز) -"); its dateline's
            // mention is already set aside when the extractor read it as one (incidental)
            String dateline = datelineOf.get(currentDocument);
            Mention filed = datelineMention(dateline);
            boolean setAside = filed != null && incidental.contains(filed);
            incidental.clear();
            resolver.mainPlaceOfDocument.put(currentDocument, mostMentioned(
                    setAside ? current : withoutDateline(current, dateline), filed == null ? null : filed.entity()));
            Map<String, Integer> counts = new HashMap<>();
            current.forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
            Set<String> repeated = new HashSet<>();
            counts.forEach((place, n) -> {
                if (n >= 2) {
                    repeated.add(place);
                }
            });
            if (!repeated.isEmpty()) {
                resolver.repeatedPlacesOfDocument.put(currentDocument, Set.copyOf(repeated));
            }
            List<Mention> sorted = current.stream().sorted(TEXT_ORDER).toList();
            countCitiesBesideFacilities(sorted, cityCountsOfFacility);
            countPlacesInRegions(sitesOfFigures(sorted, resolver));
            current.clear();
        }

        /**
         * Keeps the countries the current document names or names two places inside, where there are two or more of
         * them: a roundup's ("مالي: ... موبتي" then "الصومال: ... مقديشو"); one Iraqi province's name in a report from
         * Tripoli ("منطقتي صلاح الدين وخلة الفرجان") attests no Iraq.
         */
        private void attestCountries() {
            Map<String, Set<String>> placesOfCountry = new HashMap<>();
            for (Mention m : current) {
                String country = resolver.countryOf(m.entity());
                if (country != null) {
                    placesOfCountry.computeIfAbsent(country, c -> new HashSet<>()).add(m.entity());
                }
            }
            Set<String> attested = new HashSet<>(countriesNamed);
            placesOfCountry.forEach((country, places) -> {
                if (places.size() >= 2) {
                    attested.add(country);
                }
            });
            if (attested.size() >= 2) {
                resolver.countriesOfDocument.put(currentDocument, Set.copyOf(attested));
            }
            countriesNamed.clear();
        }

        /** The first mention that writes the document's dateline city, set aside or not, or null. */
        private Mention datelineMention(String dateline) {
            if (dateline == null) {
                return null;
            }
            for (List<Mention> mentions : List.of(incidental, current)) {
                for (Mention m : mentions) {
                    if (m.text().strip().equals(dateline.strip())) {
                        return m;
                    }
                }
            }
            return null;
        }

        /**
         * The places a sentence of a figure names right beside one site of the document (a facility, a village) and
         * beside no other, and that site: "قرية مبالوم بمنطقة غوير الشرقية في ولاية بنوي" is the village in that
         * report, whatever other villages of the state other reports name. Where the sentences of figures name one
         * site only, every region (not a country) the document names, and no place inside it, is that site in it,
         * however far apart they are named ("... في ولاية زامفارا، الثلاثاء، ارتفاع حصيلة الهجوم ... على قرية دانغولبي").
         */
        private static Map<String, String> sitesOfFigures(List<Mention> sorted, PlaceResolver resolver) {
            Map<String, Set<String>> sitesBeside = new TreeMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                Mention site = sorted.get(i);
                if (site.role() == Mention.Role.FIGURE && isSite(site.entity())) {
                    for (Mention place : neighbours(sorted, i)) {
                        sitesBeside.computeIfAbsent(place.entity(), p -> new TreeSet<>()).add(site.entity());
                    }
                }
            }
            Map<String, String> fold = new TreeMap<>();
            sitesBeside.forEach((place, sites) -> {
                if (sites.size() == 1) {
                    fold.put(place, sites.iterator().next());
                }
            });
            Set<String> sites = new TreeSet<>();
            sorted.stream().filter(m -> m.role() == Mention.Role.FIGURE && isSite(m.entity()))
                    .forEach(m -> sites.add(m.entity()));
            if (sites.size() == 1) {
                String site = sites.iterator().next();
                for (Mention m : sorted) {
                    String region = m.entity();
                    // not a region the document names a place inside ("قضاء المقدادية" in ديالى): that place is its
                    // town, and the village may be one of the town's
                    if (resolver.regions.contains(region) && !resolver.widePlaces.contains(region)
                            && sorted.stream().noneMatch(p -> resolver.lies(p.entity(), region))
                            && !placesAnotherFigure(sorted, region)) {
                        fold.putIfAbsent(region, site);
                    }
                }
            }
            return fold;
        }

        /**
         * Whether the region is named in the sentence of a figure far from every site the document's figures name: the
         * place of a figure of its own (a roundup's "قصف استهدف سوق قندهار" after a paragraph on a camp), not where the
         * one site lies.
         */
        private static boolean placesAnotherFigure(List<Mention> sorted, String region) {
            return sorted.stream().anyMatch(m -> m.entity().equals(region) && m.role() == Mention.Role.FIGURE
                    && sorted.stream().noneMatch(site -> isSite(site.entity()) && site.role() == Mention.Role.FIGURE
                            && Math.abs(site.start() - m.start()) <= NEAR_CHARS + MAX_NAME_CHARS));
        }

        /** "ديالى" and "بعقوبة" named in one document: the town the text places the story in, inside its province. */
        private void countPlacesInRegions(Map<String, String> sites) {
            Set<String> named = new TreeSet<>();
            current.forEach(m -> named.add(m.entity()));
            Map<String, Set<String>> inside = new TreeMap<>();
            for (String place : named) {
                String region = resolver.parents.get(place);
                for (int depth = 0; region != null && depth < MAX_REGION_DEPTH; depth++) {
                    if (named.contains(region)) {
                        placesInRegion.computeIfAbsent(region, r -> new TreeSet<>()).add(place);
                        inside.computeIfAbsent(region, r -> new TreeSet<>()).add(place);
                    }
                    region = resolver.parents.get(region);
                }
            }
            // "صلاح الدين" and "تكريت" in one report: in it, the province is the town it names there, whatever
            // other reports name in the province
            Map<String, String> fold = new TreeMap<>(sites);
            Map<String, Set<String>> several = new TreeMap<>();
            inside.forEach((region, places) -> {
                List<String> narrowest = places.stream()
                        .filter(p -> places.stream().noneMatch(q -> resolver.lies(q, p))).toList();
                if (sites.containsKey(region)) {
                    return; // the site beside it is narrower still
                }
                if (narrowest.size() == 1) {
                    fold.put(region, narrowest.get(0));
                } else {
                    several.put(region, Set.copyOf(narrowest));
                }
            });
            if (!fold.isEmpty()) {
                resolver.regionsOfDocument.put(currentDocument, Map.copyOf(fold));
            }
            if (!several.isEmpty()) {
                resolver.severalInRegionOfDocument.put(currentDocument, Map.copyOf(several));
            }
        }
    }

    /** The document's main place, or {@code null} when it names none. */
    String mainPlace(String document) {
        return resolve(inDocument(mainPlaceOfDocument.get(document), document));
    }

    /**
     * A region the document names with one place inside it is that place, in that document, unless the texts locate a
     * facility in the region: that is where it happened (a camp "في ريف إدلب", the wounded taken to a town in Idlib).
     */
    private String inDocument(String place, String document) {
        Map<String, String> fold = regionsOfDocument.get(document);
        return place == null || fold == null || facilityOfCity.containsKey(place) ? place
                : fold.getOrDefault(place, place);
    }

    /**
     * The place a claim is counted under: its own place when usable and one its document is about, else its
     * document's. A place the gazetteer does not know ({@link UnknownPlace}: a prison, a camp) locates the document,
     * not each claim: its sentences name the district, the quarter or the town beside it, each once, and would each
     * open an incident of their own.
     */
    String placeOf(String claimPlace, String document) {
        String own = isUsable(claimPlace) && !UnknownPlace.is(claimPlace) && standsOut(claimPlace, document)
                ? resolve(inDocument(claimPlace, document)) : null;
        String main = mainPlace(document);
        // "قُتل 5 في محافظة صلاح الدين" in a report of Mutaibija, in that province: the province is the report's town
        return own == null || main != null && lies(main, own) ? main : own;
    }

    /**
     * Whether a figure's place is one its document is about: a facility, a place the document names more than once, or
     * one in another country than the document's main place (a roundup's paragraph: "الصومال: ... في العاصمة مقديشو" in
     * a report of Mopti). A place named once in passing (the hospital's town, where the wounded were taken, where the
     * displaced came from, a checkpoint of a list) is no other incident's: the figure stays with its document's.
     */
    private boolean standsOut(String place, String document) {
        return isSite(place) || repeatedPlacesOfDocument.getOrDefault(document, Set.of()).contains(place)
                || sectionPlacesOfDocument.getOrDefault(document, Set.of()).contains(place)
                || inAnotherProvince(place, document)
                || inAnotherCountry(place, document);
    }

    /**
     * Whether the place lies in another country than the document's main place, one the document attests ({@link
     * #countriesOfDocument}): by the gazetteer's hierarchy, and not the same one.
     */
    private boolean inAnotherCountry(String place, String document) {
        Set<String> attested = countriesOfDocument.get(document);
        String main = mainPlaceOfDocument.get(document);
        if (attested == null || main == null) {
            return false;
        }
        String country = countryOf(place);
        String other = countryOf(main);
        return country != null && other != null && !country.equals(other) && attested.contains(country);
    }

    /**
     * Whether a figure's sentence names the place in another province of the same country than the document's main
     * place, a province a figure's sentence names too ("وفي محافظة ديالى، قُتل عنصران ... في ناحية العظيم" in a report
     * of an ambush in Kirkuk): a second incident the report tells, not a place named in passing (those, where people
     * were taken or came from, are incidental).
     */
    private boolean inAnotherProvince(String place, String document) {
        String main = mainPlaceOfDocument.get(document);
        if (main == null || !figurePlacesOfDocument.getOrDefault(document, Set.of()).contains(place)) {
            return false;
        }
        String province = provinceOf(place);
        String other = provinceOf(main);
        String country = countryOf(place);
        return province != null && other != null && !province.equals(other)
                && figurePlacesOfDocument.get(document).contains(province)
                && country != null && country.equals(countryOf(main));
    }

    /**
     * The region right inside a country that holds {@code place} or is it, one the gazetteer places others in (a
     * province, not a town that lies in the country alone), or {@code null}.
     */
    private String provinceOf(String place) {
        String at = place;
        for (int depth = 0; at != null && depth < MAX_REGION_DEPTH; depth++) {
            String parent = parents.get(at);
            if (parent != null && widePlaces.contains(parent)) {
                return regions.contains(at) ? at : null;
            }
            at = parent;
        }
        return null;
    }

    /** The outermost wide place (a country) that holds {@code place} or is it, or {@code null}. */
    private String countryOf(String place) {
        String country = widePlaces.contains(place) ? place : null;
        String parent = parents.get(place);
        for (int depth = 0; parent != null && depth < MAX_REGION_DEPTH; depth++) {
            country = widePlaces.contains(parent) ? parent : country;
            parent = parents.get(parent);
        }
        return country;
    }

    /**
     * The places, as reports are keyed, inside {@code region} that {@code document} names beside it (not in passing)
     * where it names several, else none: "إقليم بلوشستان" with "ممر بولان" and "كويتا" (the official's city).
     */
    Set<String> severalInside(String document, String region) {
        Set<String> named = severalInRegionOfDocument.getOrDefault(document, Map.of()).get(region);
        if (named == null) {
            return Set.of();
        }
        Set<String> keys = new TreeSet<>();
        named.forEach(p -> keys.add(resolve(p)));
        return keys;
    }

    /** The most common way the texts write the place, or its id when never written. */
    String nameOf(String place) {
        return nameOfPlace.getOrDefault(place, place);
    }

    /** True when {@code place} lies inside {@code region}, at any depth. */
    boolean lies(String place, String region) {
        return tree.lies(place, region);
    }

    private String resolve(String place) {
        if (place == null || isSite(place)) {
            return place;
        }
        // "مخيم الصفا للمهجرين في ريف إدلب": a region the texts locate one facility in is that facility, before any
        // town inside it that some text names beside it (the hospital's town, where the wounded were taken)
        String narrowest = place;
        for (int depth = 0; depth < MAX_REGION_DEPTH && placeInRegion.containsKey(narrowest)
                && !facilityOfCity.containsKey(narrowest); depth++) {
            String inside = placeInRegion.get(narrowest);
            if (isSite(inside)) {
                break; // "تكريت" and "قاعدة سبايكر": the base is the town's for the days of its own reports only
            }
            narrowest = inside;
        }
        return narrowest;
    }

    /**
     * The facilities the texts locate in {@code place} (a city, a district: {@link #locateFacilities}), and the one
     * site the texts name inside it as the gazetteer places it ("قاعدة سبايكر" in تكريت); a report keyed there is that
     * site's for the days its own reports cover ({@link EventClusterer}).
     */
    Set<String> facilitiesIn(String place) {
        if (place == null) {
            return Set.of();
        }
        Set<String> located = facilitiesOfPlace.getOrDefault(place, Set.of());
        String inside = placeInRegion.get(place);
        if (inside == null || !isSite(inside) || located.contains(inside)) {
            return located;
        }
        Set<String> all = new TreeSet<>(located);
        all.add(inside);
        return all;
    }

    /** The sites (facilities, villages) {@code document} names, not in passing. */
    Set<String> sitesNamedBy(String document) {
        return sitesOfDocument.getOrDefault(document, Set.of());
    }

    /**
     * A facility, or a village the gazetteer does not know ({@link UnknownPlace#isSettlement}): the most specific site
     * a report can name, which draws the town or province named beside it into it.
     */
    private static boolean isSite(String id) {
        return id.startsWith(FACILITY) || UnknownPlace.isSettlement(id);
    }

    private boolean isUsable(String id) {
        return id != null && (id.startsWith(FACILITY) || id.startsWith(PLACE)) && !widePlaces.contains(id);
    }

    /** Counts, for each facility of one document's mentions (in text order), the places named right beside it. */
    private static void countCitiesBesideFacilities(List<Mention> sorted,
                                                    Map<String, Map<String, Integer>> cityCountsOfFacility) {
        for (int i = 0; i < sorted.size(); i++) {
            Mention facility = sorted.get(i);
            if (isSite(facility.entity())) {
                Map<String, Integer> counts = cityCountsOfFacility.computeIfAbsent(facility.entity(),
                        f -> new TreeMap<>());
                for (Mention city : neighbours(sorted, i)) {
                    counts.merge(city.entity(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * A city or district is folded into a facility only when the texts locate the facility there ("the
     * prison in X": the place named right beside it) and no other facility is located in the same place.
     */
    private void locateFacilities(Map<String, Map<String, Integer>> cityCountsOfFacility) {
        // Every place named beside a facility locates it (its city, its district: "سجن ... في حي ... بمدينة ...").
        Map<String, Set<String>> facilitiesOfCity = new HashMap<>();
        cityCountsOfFacility.forEach((facility, counts) -> counts.keySet()
                .forEach(city -> facilitiesOfCity.computeIfAbsent(city, c -> new HashSet<>()).add(facility)));
        facilitiesOfCity.forEach((city, facilities) -> {
            if (facilities.size() == 1) {
                facilityOfCity.put(city, facilities.iterator().next());
            }
            facilitiesOfPlace.put(city, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(facilities)));
        });
    }

    /** The place mentions within a few words either side of mention {@code i}. */
    private static List<Mention> neighbours(List<Mention> sorted, int i) {
        Mention at = sorted.get(i);
        List<Mention> near = new java.util.ArrayList<>();
        for (int j = i + 1; j < sorted.size() && sorted.get(j).start() - at.end() <= NEAR_CHARS; j++) {
            if (sorted.get(j).entity().startsWith(PLACE)) {
                near.add(sorted.get(j));
            }
        }
        for (int j = i - 1; j >= 0 && at.start() - sorted.get(j).start() <= NEAR_CHARS + MAX_NAME_CHARS; j--) {
            Mention before = sorted.get(j);
            if (before.entity().startsWith(PLACE) && at.start() - before.end() <= NEAR_CHARS) {
                near.add(before);
            }
        }
        return near;
    }

    /**
     * The place a document names most; a facility wins a tie (a prison named as often as its city is where it
     * happened), then the place named first, then the smaller id.
     */
    /** The mentions without the dateline's (the first that writes the dateline city), unless it is the only place. */
    private static List<Mention> withoutDateline(List<Mention> mentions, String dateline) {
        if (dateline == null) {
            return mentions;
        }
        Mention filed = mentions.stream().filter(m -> m.text().strip().equals(dateline.strip()))
                .min(Builder.TEXT_ORDER).orElse(null);
        if (filed == null || mentions.stream().allMatch(m -> m.entity().equals(filed.entity()))) {
            return mentions;
        }
        return mentions.stream().filter(m -> m != filed).toList();
    }

    private static String mostMentioned(List<Mention> mentions) {
        return mostMentioned(mentions, null);
    }

    /** As {@link #mostMentioned(List)}, the place the story was filed from winning a tie after a facility. */
    private static String mostMentioned(List<Mention> mentions, String filedFrom) {
        Map<String, int[]> stats = new TreeMap<>();
        for (Mention m : mentions) {
            int[] s = stats.computeIfAbsent(m.entity(), e -> new int[] {0, Integer.MAX_VALUE});
            s[0]++;
            s[1] = Math.min(s[1], m.start());
        }
        return stats.entrySet().stream()
                .min(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparingInt(e -> isSite(e.getKey()) ? 0 : 1)
                        .thenComparingInt(e -> e.getKey().equals(filedFrom) ? 0 : 1)
                        .thenComparingInt(e -> e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
