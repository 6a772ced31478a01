package org.openrcm.app.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openrcm.app.kernel.PatientId;

/**
 * What the audit pages need to know of patients, provided by the patient module (which depends on this one, not
 * the other way round). Both methods answer only within the current actor's scope.
 */
public interface PatientDirectory {
    /** A label such as "RIVERA, ANA (OAK-000017)" for each patient the actor may see. */
    Map<PatientId, String> labels(Collection<PatientId> patients);

    /** Patients matching a name, account number or birth date typed by a manager. */
    List<PatientId> find(String text);
}
