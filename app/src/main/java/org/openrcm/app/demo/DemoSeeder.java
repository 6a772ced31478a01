package org.openrcm.app.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.encounter.NewEncounter;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.identity.NewUser;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.patient.NewCoverage;
import org.openrcm.app.patient.NewPatient;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.patient.Relationship;
import org.openrcm.app.patient.Sex;
import org.openrcm.app.practice.Address;
import org.openrcm.app.practice.NewLocation;
import org.openrcm.app.practice.NewPayer;
import org.openrcm.app.practice.NewPractice;
import org.openrcm.app.practice.NewProvider;
import org.openrcm.app.practice.Npi;
import org.openrcm.app.practice.PayerKind;
import org.openrcm.app.practice.Practices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo data set once: the same seed gives the same people, codes and numbers; dates of service are
 * placed in the 90 days before the day of seeding. Does nothing when a billing company already exists.
 */
@Service
public class DemoSeeder {
    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "openrcm-admin", Role.ADMIN, "both practices"),
            new DemoLogin("manager", "openrcm-manager", Role.MANAGER, "both practices"),
            new DemoLogin("coder", "openrcm-coder", Role.CODER, "Oak Family Medicine only"),
            new DemoLogin("biller", "openrcm-biller", Role.BILLER, "both practices"));

    public static final int PATIENTS = 60;
    public static final int ENCOUNTERS = 150;

    private static final long SEED = 20_260_401L;

    private final Practices practices;
    private final Patients patients;
    private final Encounters encounters;
    private final Identity identity;
    private final CurrentActor current;
    private final Clock clock;

    DemoSeeder(
            Practices practices,
            Patients patients,
            Encounters encounters,
            Identity identity,
            CurrentActor current,
            Clock clock) {
        this.practices = practices;
        this.patients = patients;
        this.encounters = encounters;
        this.identity = identity;
        this.current = current;
        this.clock = clock;
    }

    /** Seeds the demo data unless some billing company exists; returns whether it seeded. One transaction. */
    @Transactional
    public boolean seedIfEmpty() {
        return current.runAsSystem("demo", () -> {
            if (!practices.companies().isEmpty()) {
                return false;
            }
            seed(new Random(SEED), LocalDate.now(clock));
            return true;
        });
    }

    private record Clinic(PracticeId id, List<ProviderId> providers, LocationId location, List<String> reasons) {}

    private void seed(Random random, LocalDate today) {
        CompanyId company = practices.createCompany("Keystone Medical Billing");

        PracticeId oak = practices.createPractice(new NewPractice(
                company,
                "OAK",
                "Oak Family Medicine",
                npi(random),
                "371234567",
                "207Q00000X",
                new Address("400 Main St", "Suite 200", "Springfield", "IL", "627011234")));
        PracticeId riv = practices.createPractice(new NewPractice(
                company,
                "RIV",
                "Riverside Orthopedics",
                npi(random),
                "372345678",
                "207X00000X",
                new Address("1200 River Rd", null, "Peoria", "IL", "616021550")));

        Clinic oakClinic = new Clinic(
                oak,
                List.of(
                        practices.addProvider(new NewProvider(
                                oak, npi(random), "Maria", "Chen", "MD", "207Q00000X", "Family Medicine")),
                        practices.addProvider(new NewProvider(
                                oak, npi(random), "James", "Okafor", "DO", "207Q00000X", "Family Medicine"))),
                practices.addLocation(new NewLocation(
                        oak,
                        "Oak Family Medicine - Main St",
                        "11",
                        new Address("400 Main St", "Suite 200", "Springfield", "IL", "627011234"))),
                List.of(
                        "Annual wellness visit",
                        "Follow-up, type 2 diabetes",
                        "Hypertension check",
                        "Cough and fever for 3 days",
                        "Sore throat",
                        "Low back pain",
                        "Medication review",
                        "Well-child visit",
                        "Follow-up, hyperlipidemia",
                        "Rash on forearm",
                        "Dizziness",
                        "Anxiety follow-up"));
        Clinic rivClinic = new Clinic(
                riv,
                List.of(
                        practices.addProvider(new NewProvider(
                                riv, npi(random), "Priya", "Natarajan", "MD", "207X00000X", "Orthopaedic Surgery")),
                        practices.addProvider(new NewProvider(
                                riv, npi(random), "Daniel", "Brooks", "PA-C", "363A00000X", "Physician Assistant"))),
                practices.addLocation(new NewLocation(
                        riv,
                        "Riverside Orthopedics Clinic",
                        "11",
                        new Address("1200 River Rd", null, "Peoria", "IL", "616021550"))),
                List.of(
                        "Right knee pain",
                        "Left shoulder pain after fall",
                        "Follow-up, carpal tunnel release",
                        "Low back pain with sciatica",
                        "Ankle sprain",
                        "Hip osteoarthritis follow-up",
                        "Knee injection",
                        "Post-operative visit, ACL repair",
                        "Wrist fracture follow-up",
                        "Neck pain"));

        Map<PayerKind, List<PayerId>> payers = Map.of(
                PayerKind.MEDICARE,
                List.of(practices.addPayer(new NewPayer(
                        company, "MCR-IL", "Medicare Part B (Illinois)", PayerKind.MEDICARE, "SBMCR", 365))),
                PayerKind.MEDICAID,
                List.of(practices.addPayer(
                        new NewPayer(company, "MCD-IL", "Illinois Medicaid", PayerKind.MEDICAID, "SBMCD", 180))),
                PayerKind.COMMERCIAL,
                List.of(
                        practices.addPayer(new NewPayer(
                                company,
                                "BCBS-IL",
                                "Blue Cross Blue Shield of Illinois",
                                PayerKind.COMMERCIAL,
                                "SBBCB",
                                180)),
                        practices.addPayer(new NewPayer(company, "AETNA", "Aetna", PayerKind.COMMERCIAL, "SBAET", 120)),
                        practices.addPayer(
                                new NewPayer(company, "UHC", "UnitedHealthcare", PayerKind.COMMERCIAL, "SBUHC", 90))));

        List<PatientId> oakPatients = new ArrayList<>();
        List<PatientId> rivPatients = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            Clinic clinic = i % 2 == 0 ? oakClinic : rivClinic;
            PatientId patient = patient(random, clinic.id(), today, payers);
            (clinic == oakClinic ? oakPatients : rivPatients).add(patient);
        }

        for (int i = 0; i < ENCOUNTERS; i++) {
            boolean atOak = random.nextInt(100) < 55;
            Clinic clinic = atOak ? oakClinic : rivClinic;
            List<PatientId> pool = atOak ? oakPatients : rivPatients;
            LocalDate date = today.minusDays(random.nextInt(90));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.minusDays(2);
            } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                date = date.minusDays(1);
            }
            if (date.isBefore(today.minusDays(89))) {
                date = date.plusDays(3);
            }
            encounters.create(new NewEncounter(
                    pick(random, pool),
                    pick(random, clinic.providers()),
                    clinic.location(),
                    date,
                    pick(random, clinic.reasons())));
        }

        for (DemoLogin login : LOGINS) {
            Set<PracticeId> assigned = login.role() == Role.CODER ? Set.of(oak) : Set.of(oak, riv);
            identity.addUser(new NewUser(
                    company, login.username(), displayName(login.role()), login.role(), assigned, login.password()));
        }
    }

    private static String displayName(Role role) {
        return switch (role) {
            case ADMIN -> "Alex Admin";
            case MANAGER -> "Morgan Manager";
            case CODER -> "Casey Coder";
            case BILLER -> "Blake Biller";
        };
    }

    private PatientId patient(
            Random random, PracticeId practice, LocalDate today, Map<PayerKind, List<PayerId>> payers) {
        Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
        String first = pick(random, sex == Sex.F ? DemoNames.FEMALE : DemoNames.MALE);
        String last = pick(random, DemoNames.LAST);
        // Ages spread like a family practice's panel: a fifth children, a third on Medicare.
        int band = random.nextInt(100);
        int age = band < 20 ? 1 + random.nextInt(17) : band < 65 ? 18 + random.nextInt(47) : 65 + random.nextInt(25);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        DemoNames.Place place = pick(random, DemoNames.PLACES);
        Address address = new Address(
                (100 + random.nextInt(9800)) + " " + pick(random, DemoNames.STREETS),
                null,
                place.city(),
                "IL",
                place.zip());
        PatientId id = patients.register(new NewPatient(
                practice,
                last,
                first,
                null,
                birth,
                sex,
                address,
                "217555" + String.format("%04d", random.nextInt(10_000)),
                null));

        LocalDate since = today.minusYears(2).withDayOfYear(1);
        if (age >= 65) {
            patients.addCoverage(self(id, payers.get(PayerKind.MEDICARE).getFirst(), 1, mbi(random), null, since));
            if (random.nextInt(100) < 40) {
                PayerKind second = random.nextInt(3) == 0 ? PayerKind.MEDICAID : PayerKind.COMMERCIAL;
                patients.addCoverage(self(
                        id,
                        pick(random, payers.get(second)),
                        2,
                        memberId(random, second),
                        group(random, second),
                        since));
            }
        } else if (age < 18) {
            if (random.nextInt(100) < 45) {
                patients.addCoverage(self(
                        id,
                        payers.get(PayerKind.MEDICAID).getFirst(),
                        1,
                        memberId(random, PayerKind.MEDICAID),
                        null,
                        since));
            } else {
                String parentFirst = pick(random, random.nextBoolean() ? DemoNames.FEMALE : DemoNames.MALE);
                patients.addCoverage(new NewCoverage(
                        id,
                        pick(random, payers.get(PayerKind.COMMERCIAL)),
                        1,
                        memberId(random, PayerKind.COMMERCIAL),
                        group(random, PayerKind.COMMERCIAL),
                        Relationship.CHILD,
                        last,
                        parentFirst,
                        birth.minusYears(25 + random.nextInt(15)),
                        since,
                        null));
            }
        } else {
            PayerKind kind = random.nextInt(100) < 20 ? PayerKind.MEDICAID : PayerKind.COMMERCIAL;
            patients.addCoverage(
                    self(id, pick(random, payers.get(kind)), 1, memberId(random, kind), group(random, kind), since));
            if (kind == PayerKind.COMMERCIAL && random.nextInt(100) < 15) {
                patients.addCoverage(new NewCoverage(
                        id,
                        pick(random, payers.get(PayerKind.COMMERCIAL)),
                        2,
                        memberId(random, PayerKind.COMMERCIAL),
                        group(random, PayerKind.COMMERCIAL),
                        Relationship.SPOUSE,
                        last,
                        pick(random, sex == Sex.F ? DemoNames.MALE : DemoNames.FEMALE),
                        birth.plusYears(random.nextInt(5) - 2),
                        since,
                        null));
            }
        }
        return id;
    }

    private static NewCoverage self(
            PatientId id, PayerId payer, int priority, String member, String group, LocalDate since) {
        return new NewCoverage(id, payer, priority, member, group, Relationship.SELF, null, null, null, since, null);
    }

    private static Npi npi(Random random) {
        return Npi.withCheckDigit("1" + String.format("%08d", random.nextInt(100_000_000)));
    }

    /** A Medicare Beneficiary Identifier in the CMS format (C A AN N A AN N A A N N, without S L O I B Z). */
    private static String mbi(Random random) {
        String letters = "ACDEFGHJKMNPQRTUVWXY";
        String digits = "0123456789";
        String both = letters + digits;
        String[] pattern = {"C", "A", "B", "N", "A", "B", "N", "A", "A", "N", "N"};
        StringBuilder mbi = new StringBuilder();
        for (String kind : pattern) {
            String from = switch (kind) {
                case "C" -> "123456789";
                case "A" -> letters;
                case "N" -> digits;
                default -> both;
            };
            mbi.append(from.charAt(random.nextInt(from.length())));
        }
        return mbi.toString();
    }

    private static String memberId(Random random, PayerKind kind) {
        return switch (kind) {
            case MEDICAID -> String.format("%09d", random.nextInt(1_000_000_000));
            case MEDICARE -> mbi(random);
            // Commercial plans print a three-letter prefix before the member number.
            default ->
                "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26)) + String.format("%09d", random.nextInt(1_000_000_000));
        };
    }

    private static String group(Random random, PayerKind kind) {
        return kind == PayerKind.COMMERCIAL ? String.format("%06d", random.nextInt(1_000_000)) : null;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
