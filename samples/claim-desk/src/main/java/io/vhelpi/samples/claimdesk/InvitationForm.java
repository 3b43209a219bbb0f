package io.vhelpi.samples.claimdesk;

import io.vhelpi.core.Channel;

/**
 * The "Új munkamenet" form as the operator filled it in. The SDK checks it when it is sent; this
 * class only carries the values, so that the form shows them again next to the errors.
 */
public class InvitationForm {

    private Channel channel = Channel.SMS;
    private String licenseId;
    private String caseNumber;
    private String contact;

    /** Creates an empty form with SMS chosen, as the manual's screen opens. */
    public InvitationForm() {}

    /**
     * The channel of the invitation.
     *
     * @return SMS or e-mail
     */
    public Channel getChannel() {
        return channel;
    }

    /**
     * Sets the channel of the invitation.
     *
     * @param channel SMS or e-mail
     */
    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    /**
     * The license that pays the credit.
     *
     * @return the license id
     */
    public String getLicenseId() {
        return licenseId;
    }

    /**
     * Sets the license that pays the credit.
     *
     * @param licenseId the license id
     */
    public void setLicenseId(String licenseId) {
        this.licenseId = licenseId;
    }

    /**
     * The case number as typed.
     *
     * @return the case number
     */
    public String getCaseNumber() {
        return caseNumber;
    }

    /**
     * Sets the case number.
     *
     * @param caseNumber the case number as typed
     */
    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /**
     * The customer's phone number or e-mail address, depending on the channel.
     *
     * @return the contact as typed
     */
    public String getContact() {
        return contact;
    }

    /**
     * Sets the customer's phone number or e-mail address.
     *
     * @param contact the contact as typed
     */
    public void setContact(String contact) {
        this.contact = contact;
    }

    /**
     * Whether the invitation goes by e-mail, so the contact is an e-mail address.
     *
     * @return {@code true} for e-mail
     */
    public boolean isEmail() {
        return channel == Channel.EMAIL;
    }
}
