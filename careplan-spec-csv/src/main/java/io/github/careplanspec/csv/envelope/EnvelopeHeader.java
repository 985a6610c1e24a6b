package io.github.careplanspec.csv.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetStringParser;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1SetParser;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.ASN1TaggedObjectParser;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Streaming parse of a CMS ContentInfo carrying AuthEnvelopedData (RFC 5083) or EnvelopedData (RFC 5652): the header
 * is read and loaded (bounded by the header budget); the encrypted content stays a stream; the trailer (mac and
 * attributes) is read after the content.
 */
final class EnvelopeHeader {

    final ASN1ObjectIdentifier outerType;
    final List<RecipientInfo> recipients;
    final boolean recipientsOverLimit;
    final ASN1ObjectIdentifier innerType;
    final AlgorithmIdentifier contentAlgorithm;
    private final ASN1StreamParser root;
    private final ASN1SequenceParser contentInfo;
    private final ASN1SequenceParser body;
    private final ASN1SequenceParser encryptedContentInfo;

    private EnvelopeHeader(ASN1ObjectIdentifier outerType, List<RecipientInfo> recipients, boolean over,
            ASN1ObjectIdentifier innerType, AlgorithmIdentifier contentAlgorithm, ASN1StreamParser root,
            ASN1SequenceParser contentInfo, ASN1SequenceParser body, ASN1SequenceParser eci) {
        this.outerType = outerType;
        this.recipients = recipients;
        this.recipientsOverLimit = over;
        this.innerType = innerType;
        this.contentAlgorithm = contentAlgorithm;
        this.root = root;
        this.contentInfo = contentInfo;
        this.body = body;
        this.encryptedContentInfo = eci;
    }

    /**
     * Reads the header. Stops collecting recipients after {@code maxRecipients + 1} (then {@link #recipientsOverLimit}
     * is set and the rest of the header is not read).
     */
    static EnvelopeHeader read(InputStream in, int asn1Limit, int maxRecipients) throws IOException {
        ASN1StreamParser parser = new ASN1StreamParser(in, asn1Limit);
        ASN1SequenceParser ci = as(parser.readObject(), ASN1SequenceParser.class, "ContentInfo");
        ASN1ObjectIdentifier outer = as(ci.readObject(), ASN1ObjectIdentifier.class, "contentType");
        if (!outer.equals(CMSObjectIdentifiers.authEnvelopedData) && !outer.equals(CMSObjectIdentifiers.envelopedData)) {
            return new EnvelopeHeader(outer, List.of(), false, null, null, parser, ci, null, null);
        }
        ASN1TaggedObjectParser explicit = as(ci.readObject(), ASN1TaggedObjectParser.class, "content [0]");
        if (!explicit.hasContextTag(0)) {
            throw new Streams.BadFormat("ContentInfo.content is not [0]");
        }
        ASN1SequenceParser body = as(explicit.parseExplicitBaseObject(), ASN1SequenceParser.class, "body");
        as(body.readObject(), ASN1Integer.class, "version");
        ASN1Encodable next = body.readObject();
        if (next instanceof ASN1TaggedObjectParser originatorInfo && originatorInfo.hasContextTag(0)) {
            originatorInfo.toASN1Primitive(); // loaded within the header budget, then ignored
            next = body.readObject();
        }
        ASN1SetParser set = as(next, ASN1SetParser.class, "recipientInfos");
        List<RecipientInfo> recipients = new ArrayList<>();
        ASN1Encodable element;
        while ((element = set.readObject()) != null) {
            recipients.add(RecipientInfo.getInstance(element.toASN1Primitive()));
            if (recipients.size() > maxRecipients) {
                return new EnvelopeHeader(outer, List.copyOf(recipients), true, null, null, parser, ci, body, null);
            }
        }
        if (recipients.isEmpty()) {
            throw new Streams.BadFormat("no recipientInfos");
        }
        ASN1SequenceParser eci = as(body.readObject(), ASN1SequenceParser.class, "EncryptedContentInfo");
        ASN1ObjectIdentifier inner = as(eci.readObject(), ASN1ObjectIdentifier.class, "inner contentType");
        ASN1Encodable alg = eci.readObject();
        if (alg == null) {
            throw new Streams.BadFormat("no contentEncryptionAlgorithm");
        }
        AlgorithmIdentifier contentAlgorithm = AlgorithmIdentifier.getInstance(alg.toASN1Primitive());
        return new EnvelopeHeader(outer, List.copyOf(recipients), false, inner, contentAlgorithm, parser, ci, body,
                eci);
    }

    /** Positions on the encrypted content (after {@link #read}); returns its octet stream. */
    InputStream openContent() throws IOException {
        ASN1TaggedObjectParser tagged = as(encryptedContentInfo.readObject(), ASN1TaggedObjectParser.class,
                "encryptedContent [0]");
        if (!tagged.hasContextTag(0)) {
            throw new Streams.BadFormat("encryptedContent is not [0]");
        }
        ASN1OctetStringParser octets = as(tagged.parseBaseUniversal(false, BERTags.OCTET_STRING),
                ASN1OctetStringParser.class, "encryptedContent");
        return octets.getOctetStream();
    }

    /**
     * Reads what follows the content (after the content stream reached EOF): checks the profile (no authAttrs, no
     * unauthAttrs, nothing trailing) and returns the mac.
     */
    byte[] readTrailer() throws IOException, EnvelopeException {
        if (encryptedContentInfo.readObject() != null) {
            throw new Streams.BadFormat("trailing data in EncryptedContentInfo");
        }
        ASN1Encodable next = body.readObject();
        if (next instanceof ASN1TaggedObjectParser) {
            throw new EnvelopeException(EnvelopeException.Reason.UNSUPPORTED_STRUCTURE, "authAttrs present");
        }
        if (next == null) {
            throw new java.io.EOFException("no mac");
        }
        ASN1OctetStringParser macParser = as(next, ASN1OctetStringParser.class, "mac");
        byte[] mac = Streams.readAtMost(macParser.getOctetStream(), 64);
        ASN1Encodable after = body.readObject();
        if (after instanceof ASN1TaggedObjectParser) {
            throw new EnvelopeException(EnvelopeException.Reason.UNSUPPORTED_STRUCTURE, "unauthAttrs present");
        }
        if (after != null || contentInfo.readObject() != null || root.readObject() != null) {
            throw new Streams.BadFormat("trailing data after mac");
        }
        return mac;
    }

    static <T> T as(Object o, Class<T> type, String what) throws IOException {
        if (o == null) {
            throw new java.io.EOFException("missing " + what);
        }
        if (!type.isInstance(o)) {
            throw new Streams.BadFormat(what + ": unexpected " + o.getClass().getSimpleName());
        }
        return type.cast(o);
    }
}
