package org.doudi.rules.api.request;

/**
 * A payment card (一卡通) of an enrolled case (policy §14).
 *
 * @param cardId          the card's id
 * @param holderIdNumber  the holder's ID number, may be null
 * @param holderRole      who holds the card
 * @param registered      true when held on a recipient's behalf with recorded consent
 */
public record PaymentCard(String cardId, String holderIdNumber, HolderRole holderRole, boolean registered) {

    /** Masks the ID number in any printed form (policy §15). */
    @Override
    public String toString() {
        return "PaymentCard[cardId=" + cardId + ", holderIdNumber=" + Masking.mask(holderIdNumber)
                + ", holderRole=" + holderRole + ", registered=" + registered + "]";
    }
}
