package org.openrcm.edits;

import java.util.List;
import org.openrcm.edits.rules.AgeSex;
import org.openrcm.edits.rules.CodeValidity;
import org.openrcm.edits.rules.CustomRules;
import org.openrcm.edits.rules.DuplicateClaim;
import org.openrcm.edits.rules.Excludes1;
import org.openrcm.edits.rules.MedicalNecessity;
import org.openrcm.edits.rules.MissingField;
import org.openrcm.edits.rules.ModifierFit;
import org.openrcm.edits.rules.ModifierValidity;
import org.openrcm.edits.rules.Ncci;
import org.openrcm.edits.rules.PayerModifiers;
import org.openrcm.edits.rules.PointerInvalid;
import org.openrcm.edits.rules.ServiceDates;
import org.openrcm.edits.rules.TimelyFiling;

/** The edits OpenRCM runs on every claim, in one scrubber. */
public final class Edits {

    private Edits() {}

    public static Scrubber standard() {
        return new Scrubber(List.of(
                new MissingField(),
                new ServiceDates(),
                new PointerInvalid(),
                new CodeValidity(),
                new ModifierValidity(),
                new ModifierFit(),
                new Excludes1(),
                new Ncci(),
                new TimelyFiling(),
                new AgeSex(),
                new DuplicateClaim(),
                new MedicalNecessity(),
                new PayerModifiers(),
                new CustomRules()));
    }
}
