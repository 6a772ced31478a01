package org.openrcm.x12;

/**
 * Where a transaction set came from: its interchange (ISA), functional group (GS) and its own header (ST).
 *
 * @param version the guide it declares: ST03, or GS08 when ST03 is absent
 */
public record Envelope(
        String interchangeControl,
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        boolean production,
        String functionalId,
        String groupControl,
        String applicationSender,
        String applicationReceiver,
        String transactionSet,
        String transactionControl,
        String version) {}
