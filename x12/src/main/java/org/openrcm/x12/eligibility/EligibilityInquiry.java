package org.openrcm.x12.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of a 270: whether a payer covers a patient (the subscriber, or a dependent of the subscriber) and
 * for which services, asked by a provider. A 270 holds many; the reader hands out one per patient.
 *
 * @param payer 2100A: the information source asked
 * @param provider 2100B: the information receiver asking
 * @param subscriber 2000C/2100C and the subscriber's inquiries, or {@code null} in a 270 that names no subscriber
 * @param dependent 2000D/2100D when the patient is not the subscriber, else {@code null}
 */
public record EligibilityInquiry(
        TransactionHeader header, Name payer, Provider provider, Subject subscriber, Subject dependent) {

    /**
     * A subscriber or dependent with the trace numbers of their level and what is asked about them.
     *
     * @param inquiries 2110C/2110D (EQ and companions)
     */
    public record Subject(List<Trace> traces, Member member, List<ServiceInquiry> inquiries) {

        public Subject {
            traces = List.copyOf(traces);
            inquiries = List.copyOf(inquiries);
        }
    }

    /** The patient: the dependent when there is one, else the subscriber. */
    public Subject patient() {
        return dependent != null ? dependent : subscriber;
    }

    public boolean isDependent() {
        return dependent != null;
    }

    /** The patient's trace numbers (TRN), which the 271 returns. */
    public List<Trace> traces() {
        Subject p = patient();
        return p == null ? List.of() : p.traces();
    }

    /** Every service type asked about for the patient, in order. */
    public List<String> serviceTypes() {
        List<String> out = new ArrayList<>();
        Subject p = patient();
        if (p != null) {
            for (ServiceInquiry q : p.inquiries()) {
                out.addAll(q.serviceTypes());
            }
        }
        return out;
    }

    /** The date of service asked about (DTP*291 of the patient or of an inquiry), if any. */
    public Optional<DatePeriod> dateOfService() {
        Subject p = patient();
        if (p == null) {
            return Optional.empty();
        }
        for (ServiceInquiry q : p.inquiries()) {
            if (q.date() != null) {
                return Optional.of(q.date());
            }
        }
        for (Subject s : new Subject[] {p, subscriber}) {
            if (s != null) {
                for (DatePeriod d : s.member().dates()) {
                    if (d.qualifier().equals("291")) {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
