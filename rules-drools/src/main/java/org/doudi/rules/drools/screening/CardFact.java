package org.doudi.rules.drools.screening;

import org.doudi.rules.api.request.HolderRole;

/**
 * A screening fact: one payment card (一卡通) of the case, with what the cross-case join found about its holder.
 * Holds the holder's ID number only masked.
 */
public final class CardFact {

    private final int position;
    private final String cardId;
    private final HolderRole holderRole;
    private final boolean registered;
    private final boolean holderIdGiven;
    private final String maskedHolder;
    private final boolean holderIsMember;
    private final int holderCardsInCaseload;
    private final int holderCardsInCase;
    private final boolean firstOfHolderInCase;

    /**
     * @param position               the card's position in {@code enrollment.cards}
     * @param cardId                 the card id as given, may be null
     * @param holderRole             who holds it, may be null
     * @param registered             held on the recipient's behalf with recorded consent
     * @param maskedHolder           the holder's ID number, masked, or null when not given
     * @param holderIsMember         true if the holder's ID number is a listed member's
     * @param holderCardsInCaseload  cards with this holder ID number in the whole caseload
     * @param holderCardsInCase      cards with this holder ID number in this case
     * @param firstOfHolderInCase    true for the first card of this holder in the case
     */
    public CardFact(int position, String cardId, HolderRole holderRole, boolean registered, String maskedHolder,
                    boolean holderIsMember, int holderCardsInCaseload, int holderCardsInCase,
                    boolean firstOfHolderInCase) {
        this.position = position;
        this.cardId = cardId;
        this.holderRole = holderRole;
        this.registered = registered;
        this.holderIdGiven = maskedHolder != null;
        this.maskedHolder = maskedHolder;
        this.holderIsMember = holderIsMember;
        this.holderCardsInCaseload = holderCardsInCaseload;
        this.holderCardsInCase = holderCardsInCase;
        this.firstOfHolderInCase = firstOfHolderInCase;
    }

    public int getPosition() { return position; }
    public String getCardId() { return cardId; }
    public HolderRole getHolderRole() { return holderRole; }
    public boolean isRegistered() { return registered; }
    public boolean isHolderIdGiven() { return holderIdGiven; }
    public String getMaskedHolder() { return maskedHolder; }
    public boolean isHolderIsMember() { return holderIsMember; }
    public int getHolderCardsInCaseload() { return holderCardsInCaseload; }
    public int getHolderCardsInCase() { return holderCardsInCase; }
    public boolean isFirstOfHolderInCase() { return firstOfHolderInCase; }

    @Override
    public String toString() {
        return "CardFact[" + position + "]";
    }
}
