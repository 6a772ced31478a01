/**
 * The Medicare physician fee schedule (MPFS): a {@link org.openrcm.codes.fees.FeeSchedule} assembled from CMS's
 * separate files (PPRRVU RVUs by {@link org.openrcm.codes.fees.RvuFile}, GPCIs by {@link
 * org.openrcm.codes.fees.GpciFile}, anesthesia conversion factors by {@link org.openrcm.codes.fees.AnesthesiaFile},
 * locality counties by {@link org.openrcm.codes.fees.LocalityCountyFile}, the conversion factor history by {@link
 * org.openrcm.codes.fees.ConversionFactorFile}) with {@link org.openrcm.codes.fees.FeeSchedule#merge}, and {@link
 * org.openrcm.codes.fees.FeeSchedule#price} giving an amount with every factor and the file line it came from, or the
 * reason there is none.
 */
package org.openrcm.codes.fees;
