package org.openrcm.app.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person types into the patient search box, understood: a birth date ("04/02/1950", "1950-04-02"), an
 * account number ("OAK-000017"), or names in any order ("rivera ana", "Rivera, A"), each word a prefix of the last
 * or first name. Immutable.
 */
public record PatientSearch(
        @Nullable LocalDate birthDate, @Nullable String accountNumber, List<String> names) {
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{2,12}-\\d{1,9}");

    public PatientSearch {
        names = List.copyOf(names);
    }

    public static PatientSearch parse(@Nullable String text) {
        String input = text == null ? "" : text.strip();
        Optional<LocalDate> date = date(input);
        if (date.isPresent()) {
            return new PatientSearch(date.get(), null, List.of());
        }
        if (ACCOUNT.matcher(input).matches()) {
            return new PatientSearch(null, input.toUpperCase(Locale.ROOT), List.of());
        }
        List<String> words = Arrays.stream(input.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .map(w -> w.replaceAll("[^\\p{L}'-]", ""))
                .filter(w -> !w.isEmpty())
                .limit(3)
                .toList();
        return new PatientSearch(null, null, words);
    }

    public boolean isEmpty() {
        return birthDate == null && accountNumber == null && names.isEmpty();
    }

    private static Optional<LocalDate> date(String input) {
        try {
            Matcher us = US_DATE.matcher(input);
            if (us.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2))));
            }
            Matcher iso = ISO_DATE.matcher(input);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(input));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
