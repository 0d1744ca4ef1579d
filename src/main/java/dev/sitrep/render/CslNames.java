package dev.sitrep.render;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source's author, stored as one string, as CSL names. A person's name is split into given and family
 * names, so that author-date styles cite "(Zadorozhnyy 2025)" rather than "(Tim Zadorozhnyy 2025)", and
 * several people ("Sundberg, Ralph and Erik Melander") are several names. Anything that does not read as
 * people's names (an organisation: "Syrian Observatory for Human Rights", "UNN (Ukrainian National News)",
 * "The Moscow Times") stays one literal name, which styles never invert or abbreviate.
 */
final class CslNames {

    /** Words that make a name an organisation's (compared in lower case). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("agency", "alliance", "army", "assembly",
            "association", "authority", "bank", "blog", "brigade", "bureau", "center", "centre", "channel",
            "chronicle", "coalition", "command", "commission", "committee", "company", "corporate", "corporation",
            "correspondent", "correspondents", "council", "daily", "department", "desk", "division", "editorial",
            "editors", "express", "feed", "forces", "foundation", "front", "fund", "gazette", "government",
            "group", "guardian", "herald", "independent", "initiative", "institute", "institution", "international",
            "journal", "lab", "laboratory", "magazine", "media", "ministry", "mission", "monitor", "monitoring",
            "movement", "nations", "network", "news", "newspaper", "observatory", "observer", "office", "online",
            "organisation", "organization", "parliament", "party", "police", "post", "press", "programme",
            "program", "project", "radio", "report", "reports", "research", "review", "service", "services",
            "society", "staff", "studies", "team", "telegraph", "television", "times", "tribune", "trust", "tv",
            "union", "university", "watch", "wire");
    /** Lower-case parts of family names: "van" in Ludwig van Beethoven, "al-" in Ahmed al-Sharaa. */
    private static final Set<String> PARTICLES = Set.of("al", "as", "ash", "ad", "ben", "bin", "da", "das", "de",
            "del", "della", "den", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "st", "ter", "van", "von",
            "zu");
    private static final Pattern BETWEEN_PEOPLE = Pattern.compile("\\s*;\\s*|\\s+(?:and|&)\\s+");
    private static final Pattern NOT_IN_A_PERSONS_NAME = Pattern.compile("[\\d()\\[\\]@/&:]");

    private CslNames() {
    }

    /** The people {@code author} names, or one literal name when it is not people's names. */
    static List<CSLName> of(String author) {
        String text = author.strip().replaceAll("\\s+", " ");
        List<CSLName> people = new ArrayList<>();
        if (!NOT_IN_A_PERSONS_NAME.matcher(text).find()) {
            for (String part : BETWEEN_PEOPLE.split(text)) {
                if (!addPeople(part, people)) {
                    people.clear();
                    break;
                }
            }
        }
        return people.isEmpty() ? List.of(new CSLNameBuilder().literal(text).build()) : List.copyOf(people);
    }

    /** "Family, Given", "Given Family" or "Given Family, Given Family"; false when the part is no person's name. */
    private static boolean addPeople(String part, List<CSLName> people) {
        String[] sides = part.split("\\s*,\\s*", -1);
        if (sides.length == 1) {
            return add(person(sides[0]), people);
        }
        if (sides.length != 2) {
            return false;
        }
        CSLName first = person(sides[0]);
        CSLName second = person(sides[1]);
        if (first != null && second != null) {
            return add(first, people) && add(second, people);
        }
        // "Sundberg, Ralph": a family name, then the given names.
        if (!words(sides[0]) || !words(sides[1])) {
            return false;
        }
        return add(new CSLNameBuilder().family(sides[0]).given(sides[1]).build(), people);
    }

    private static boolean add(CSLName name, List<CSLName> people) {
        return name != null && people.add(name);
    }

    /** "Tim Zadorozhnyy" → given Tim, family Zadorozhnyy; null unless it reads as a person's name in order. */
    private static CSLName person(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5 || !words(name)) {
            return null;
        }
        int family = words.length - 1;
        int particle = family;
        while (particle > 1 && PARTICLES.contains(words[particle - 1])) {
            particle--;
        }
        if (!Character.isUpperCase(words[0].codePointAt(0))) {
            return null;
        }
        CSLNameBuilder builder = new CSLNameBuilder().given(String.join(" ", List.of(words).subList(0, particle)))
                .family(words[family]);
        if (particle < family) {
            builder.nonDroppingParticle(String.join(" ", List.of(words).subList(particle, family)));
        }
        return builder.build();
    }

    /** Words a person's name is made of: capitalised, or a particle; no organisation's word, no acronym. */
    private static boolean words(String name) {
        if (name.isEmpty() || name.startsWith("The ")) {
            return false;
        }
        for (String word : name.split(" ")) {
            String bare = word.replaceAll("[.,'’]", "");
            String lower = bare.toLowerCase(Locale.ROOT);
            boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
            boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))
                    && !bare.equals(lower);
            boolean particle = PARTICLES.contains(lower) || PARTICLES.contains(lower.split("-")[0]) && word.contains("-");
            if (ORGANISATION_WORDS.contains(lower) || acronym || !(capitalised || particle)) {
                return false;
            }
        }
        return true;
    }
}
