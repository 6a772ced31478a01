package org.openrcm.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Writer, validator and reader agree: what the writer writes is valid and reads back equal, for 270 and 271. */
class EligibilityRoundTripTest {

    static final EligibilityWriter.Parties PARTIES =
            new EligibilityWriter.Parties("ZZ", "OPENRCM", "ZZ", "PAYER01", "OPENRCM", "PAYER01", false);
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 3, 1, 9, 30);

    @Property(tries = 60)
    void inquiriesRoundTrip(@ForAll("inquiries") List<EligibilityInquiry> inquiries) {
        Assume.that(noMergedSubscribers(inquiries, EligibilityInquiry::dependent, EligibilityInquiry::subscriber));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EligibilityWriter(ControlNumbers.startingAt(1), PARTIES, true).writeInquiries(inquiries, CREATED, out);
        assertValid(out.toByteArray());
        assertThat(read(out.toByteArray())).isEqualTo(inquiries);
    }

    @Property(tries = 60)
    void responsesRoundTrip(@ForAll("responses") List<EligibilityResponse> responses) {
        Assume.that(noMergedSubscribers(responses, EligibilityResponse::dependent, EligibilityResponse::subscriber));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EligibilityWriter(ControlNumbers.startingAt(1), PARTIES, false).writeResponses(responses, CREATED, out);
        assertValid(out.toByteArray());
        assertThat(read(out.toByteArray())).isEqualTo(responses);
    }

    /** Two records for one subscriber and no dependent are one 2000C on the wire: the generator must not make them. */
    static <T> boolean noMergedSubscribers(
            List<T> records,
            java.util.function.Function<T, ?> dependent,
            java.util.function.Function<T, ?> subscriber) {
        for (int i = 1; i < records.size(); i++) {
            if (dependent.apply(records.get(i)) == null
                    && Objects.equals(subscriber.apply(records.get(i)), subscriber.apply(records.get(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    static void assertValid(byte[] x12) {
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(x12), "written");
        assertThat(report.findings().stream().filter(Finding::isError).map(Finding::toString))
                .as(new String(x12, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEmpty();
    }

    static List<Object> read(byte[] x12) {
        List<Object> records = new ArrayList<>();
        new X12Reader().read(new ByteArrayInputStream(x12), (Consumer<Object>) records::add);
        return records;
    }

    // ---- generators -------------------------------------------------------------------------------------------

    static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .numeric()
                .ofMinLength(min)
                .ofMaxLength(max);
    }

    static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }

    static Arbitrary<String> optional(Arbitrary<String> a) {
        return Arbitraries.oneOf(Arbitraries.just(""), a);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 20_000)
                .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("99999.99"))
                .ofScale(2)
                .map(EligibilityRoundTripTest::normal);
    }

    static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static Arbitrary<TransactionHeader> header(String purpose) {
        return Combinators.combine(
                        text(1, 20),
                        dates(),
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.of(0, 0, 15),
                        Arbitraries.of("", "RT"))
                .as((ref, date, h, m, s, type) ->
                        new TransactionHeader(purpose, ref, date, LocalTime.of(h, m, s), type));
    }

    static Arbitrary<Name> payer() {
        return Combinators.combine(text(1, 30), text(2, 12))
                .as((name, id) -> new Name("PR", "2", name, "", "", "", "PI", id));
    }

    static Arbitrary<Address> addresses() {
        Arbitrary<Address> a = Combinators.combine(
                        text(1, 20), optional(text(1, 10)), text(2, 15), Arbitraries.of("NY", "CA", "MO"), digits(5))
                .as((l1, l2, city, st, zip) -> new Address(l1, l2, city, st, zip, "", ""));
        return Arbitraries.oneOf(Arbitraries.just(null), a);
    }

    static Arbitrary<ProviderInformation> providerInformation() {
        Arbitrary<ProviderInformation> p = Combinators.combine(Arbitraries.of("PE", "PC", "BI"), text(10, 10))
                .as((code, taxonomy) -> new ProviderInformation(code, "PXC", taxonomy));
        return Arbitraries.oneOf(Arbitraries.just(null), p);
    }

    static Arbitrary<Provider> provider() {
        Arbitrary<Name> name = Combinators.combine(Arbitraries.of("1", "2"), text(1, 20), text(1, 10), digits(10))
                .as((type, last, first, npi) ->
                        new Name("1P", type, last, type.equals("1") ? first : "", "", "", "XX", npi));
        Arbitrary<List<Reference>> refs =
                digits(9).map(v -> new Reference("TJ", v, "")).list().ofMaxSize(1);
        return Combinators.combine(name, refs, addresses(), providerInformation())
                .as(Provider::new);
    }

    static Arbitrary<DatePeriod> period(String... qualifiers) {
        return Combinators.combine(
                        Arbitraries.of(qualifiers),
                        dates(),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of(true, false))
                .as((q, from, days, range) -> new DatePeriod(q, from, range ? from.plusDays(days) : from));
    }

    static Arbitrary<Member> member(boolean subscriber, boolean response) {
        Arbitrary<Name> name = Combinators.combine(text(1, 20), text(1, 12), optional(text(1, 1)), text(2, 12))
                .as((last, first, middle, id) -> new Name(
                        subscriber ? "IL" : "03",
                        "1",
                        last,
                        first,
                        middle,
                        "",
                        subscriber ? "MI" : "",
                        subscriber ? id : ""));
        Arbitrary<List<Reference>> refs = Combinators.combine(Arbitraries.of("6P", "1L", "SY"), text(1, 10))
                .as((q, v) -> new Reference(q, v, ""))
                .list()
                .ofMaxSize(2);
        Arbitrary<LocalDate> birth = Arbitraries.oneOf(Arbitraries.just(null), dates());
        Arbitrary<String> gender = Arbitraries.of("", "F", "M", "U");
        Arbitrary<Relationship> ins = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(1, 2)
                        .map(seq -> subscriber
                                ? new Relationship("Y", "18", "", "", seq)
                                : new Relationship("N", "19", "", "", seq)));
        Arbitrary<List<Diagnosis>> hi =
                text(3, 7).map(c -> new Diagnosis("ABK", c)).list().ofMaxSize(1);
        Arbitrary<List<DatePeriod>> dates = (response ? period("346", "347", "307", "291") : period("291"))
                .list()
                .ofMaxSize(2);
        return Combinators.combine(name, refs, addresses(), providerInformation(), birth, gender, ins, hi)
                .flatAs((n, r, a, p, b, g, i, h) -> dates.map(d -> new Member(n, r, a, p, b, g, i, h, d)));
    }

    static Arbitrary<List<Trace>> traces(String type) {
        return Combinators.combine(text(1, 20), digits(10), optional(text(1, 10)))
                .as((n, o, sup) -> new Trace(type, n, o, sup))
                .list()
                .ofMaxSize(2);
    }

    static Arbitrary<Procedure> procedures() {
        Arbitrary<Procedure> p = Combinators.combine(
                        text(5, 5), text(2, 2).list().ofMaxSize(2))
                .as((code, mods) -> new Procedure("HC", code, mods, ""));
        return Arbitraries.oneOf(Arbitraries.just(null), p);
    }

    static Arbitrary<List<String>> serviceTypes(int min) {
        return Arbitraries.of("30", "1", "98", "33", "AL", "MH", "UC")
                .list()
                .ofMinSize(min)
                .ofMaxSize(3);
    }

    static Arbitrary<ServiceInquiry> inquiry() {
        return Combinators.combine(
                        serviceTypes(1),
                        procedures(),
                        Arbitraries.of("", "IND", "FAM"),
                        amounts().map(v -> new Amount("R", v)).list().ofMaxSize(1),
                        Arbitraries.of("11", "22")
                                .map(c -> new AdditionalInformation("ZZ", c, "", ""))
                                .list()
                                .ofMaxSize(1),
                        Arbitraries.oneOf(Arbitraries.just(null), text(1, 10).map(v -> new Reference("9F", v, ""))),
                        Arbitraries.oneOf(Arbitraries.just(null), period("291")))
                .as(ServiceInquiry::new);
    }

    static Arbitrary<RelatedEntity> related() {
        Arbitrary<Name> name = Combinators.combine(Arbitraries.of("P3", "PR", "IL"), text(1, 20), text(2, 10))
                .as((code, last, id) -> new Name(code, "2", last, "", "", "", "PI", id));
        Arbitrary<List<Contact>> contacts = digits(10)
                .map(n -> new Contact("IC", "", List.of(new Contact.Number("TE", n))))
                .list()
                .ofMaxSize(1);
        return Combinators.combine(name, Arbitraries.of("", "41"), addresses(), contacts, providerInformation())
                .as(RelatedEntity::new);
    }

    static Arbitrary<Benefit> benefit() {
        Arbitrary<Benefit> eb = Combinators.combine(
                        Arbitraries.of("1", "6", "A", "B", "C", "G", "L", "R", "CB", "MC"),
                        Arbitraries.of("", "IND", "FAM"),
                        serviceTypes(0),
                        Arbitraries.of("", "HM", "MA", "QM"),
                        optional(text(1, 20)),
                        Arbitraries.of("", "23", "29", "27"),
                        Arbitraries.oneOf(Arbitraries.just(null), amounts()),
                        Arbitraries.oneOf(
                                Arbitraries.just(null),
                                Arbitraries.integers().between(0, 100).map(p -> normal(BigDecimal.valueOf(p, 2)))))
                .as((code, level, types, ins, plan, period, amount, percent) ->
                        Benefit.of(code, level, types, ins, plan, period, amount, percent, ""));
        Arbitrary<ServiceDelivery> hsd = Arbitraries.integers()
                .between(1, 60)
                .map(n -> new ServiceDelivery("VS", BigDecimal.valueOf(n), "", null, "23", null, "", ""));
        return Combinators.combine(
                        eb,
                        Arbitraries.of("", "Y", "N", "W"),
                        Arbitraries.of("", "Y", "N"),
                        procedures(),
                        hsd.list().ofMaxSize(1),
                        Combinators.combine(Arbitraries.of("18", "6P", "N6"), text(1, 10), optional(text(1, 10)))
                                .as(Reference::new)
                                .list()
                                .ofMaxSize(2),
                        period("291", "346", "347", "356").list().ofMaxSize(2),
                        Arbitraries.of("72", "75", "42")
                                .map(r -> new Rejection("Y", r, "C"))
                                .list()
                                .ofMaxSize(1))
                .flatAs((b, network, auth, proc, deliveries, refs, dates, rejections) -> Combinators.combine(
                                text(1, 30).list().ofMaxSize(2),
                                Arbitraries.of("11", "22")
                                        .map(c -> new AdditionalInformation("ZZ", c, "", ""))
                                        .list()
                                        .ofMaxSize(1),
                                related().list().ofMaxSize(2))
                        .as((messages, iii, entities) -> new Benefit(
                                b.code(),
                                b.coverageLevel(),
                                b.serviceTypes(),
                                b.insuranceType(),
                                b.planDescription(),
                                b.timePeriod(),
                                b.amount(),
                                b.percent(),
                                "",
                                null,
                                auth,
                                network,
                                proc,
                                deliveries,
                                refs,
                                dates,
                                rejections,
                                messages,
                                iii,
                                entities)));
    }

    @Provide
    Arbitrary<List<EligibilityInquiry>> inquiries() {
        Arbitrary<EligibilityInquiry.Subject> alone = Combinators.combine(
                        traces("1"),
                        member(true, false),
                        inquiry().list().ofMinSize(1).ofMaxSize(3))
                .as(EligibilityInquiry.Subject::new);
        Arbitrary<EligibilityInquiry.Subject> withDependent =
                member(true, false).map(m -> new EligibilityInquiry.Subject(List.of(), m, List.of()));
        Arbitrary<EligibilityInquiry.Subject> dependent = Combinators.combine(
                        traces("1"),
                        member(false, false),
                        inquiry().list().ofMinSize(1).ofMaxSize(2))
                .as(EligibilityInquiry.Subject::new);
        return Combinators.combine(header("13"), payer(), provider())
                .flatAs((h, payer, provider) -> Arbitraries.oneOf(
                                alone.map(s -> new EligibilityInquiry(h, payer, provider, s, null)),
                                Combinators.combine(withDependent, dependent)
                                        .as((s, d) -> new EligibilityInquiry(h, payer, provider, s, d)))
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(4));
    }

    @Provide
    Arbitrary<List<EligibilityResponse>> responses() {
        Arbitrary<EligibilityResponse.Subject> alone = Combinators.combine(
                        traces("2"),
                        member(true, true),
                        Arbitraries.of("72", "73", "75")
                                .map(r -> new Rejection("N", r, "C"))
                                .list()
                                .ofMaxSize(1),
                        benefit().list().ofMinSize(1).ofMaxSize(4))
                .as(EligibilityResponse.Subject::new);
        Arbitrary<EligibilityResponse.Subject> withDependent =
                member(true, true).map(m -> new EligibilityResponse.Subject(List.of(), m, List.of(), List.of()));
        Arbitrary<EligibilityResponse.Subject> dependent = Combinators.combine(
                        traces("2"),
                        member(false, true),
                        Arbitraries.just(List.<Rejection>of()),
                        benefit().list().ofMaxSize(3))
                .as(EligibilityResponse.Subject::new);
        Arbitrary<List<Contact>> contacts = digits(10)
                .map(n -> new Contact(
                        "IC", "HELP DESK", List.of(new Contact.Number("TE", n), new Contact.Number("EX", "12"))))
                .list()
                .ofMaxSize(1);
        Arbitrary<List<EligibilityResponse>> answered = Combinators.combine(header("11"), payer(), contacts, provider())
                .flatAs((h, payer, per, provider) -> Arbitraries.oneOf(
                                alone.map(s -> new EligibilityResponse(
                                        h, payer, per, List.of(), provider, List.of(), s, null)),
                                Combinators.combine(withDependent, dependent)
                                        .as((s, d) -> new EligibilityResponse(
                                                h, payer, per, List.of(), provider, List.of(), s, d)))
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(4));
        Arbitrary<List<EligibilityResponse>> payerRejected = Combinators.combine(header("11"), payer())
                .as((h, payer) -> List.of(new EligibilityResponse(
                        h, payer, List.of(), List.of(new Rejection("Y", "42", "R")), null, List.of(), null, null)));
        Arbitrary<List<EligibilityResponse>> providerRejected = Combinators.combine(header("11"), payer(), provider())
                .as((h, payer, provider) -> List.of(new EligibilityResponse(
                        h, payer, List.of(), List.of(), provider, List.of(new Rejection("N", "43", "C")), null, null)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, answered),
                net.jqwik.api.Tuple.of(1, payerRejected),
                net.jqwik.api.Tuple.of(1, providerRejected));
    }
}
