package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.issue.IssueId;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads PEM certificates and private keys with BouncyCastle's PEM support (PEM 形式の証明書・秘密鍵の読み込み):
 * PKCS#8 ({@code BEGIN PRIVATE KEY}, {@code BEGIN ENCRYPTED PRIVATE KEY}) and traditional OpenSSL RSA/EC keys
 * ({@code BEGIN RSA PRIVATE KEY}, {@code BEGIN EC PRIVATE KEY}, encrypted or not), as {@code openssl} writes them.
 */
public final class PemKeys {

    private PemKeys() {
    }

    /**
     * Reads the first certificate of a PEM file.
     *
     * @param pem the file
     * @return the certificate
     * @throws IOException if the file cannot be read or holds no certificate
     */
    public static X509Certificate certificate(Path pem) throws IOException {
        try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof X509CertificateHolder holder) {
                    return new JcaX509CertificateConverter().setProvider(KeyUnwrapper.BC).getCertificate(holder);
                }
            }
        } catch (CertificateException | RuntimeException e) {
            throw new KeyFileException(IssueId.of("envelope.pem.certificate"), e, e.getMessage());
        }
        throw new KeyFileException(IssueId.of("envelope.pem.noCertificate"), null, pem);
    }

    /**
     * Reads the first private key of a PEM file.
     *
     * @param pem the file
     * @param passphrase the passphrase for an encrypted key, or {@code null}
     * @return the private key
     * @throws IOException if the file cannot be read, holds no key, or the passphrase is missing or wrong
     */
    public static PrivateKey privateKey(Path pem, char[] passphrase) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(KeyUnwrapper.BC);
        try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
                if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    requirePassphrase(passphrase);
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                            new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(KeyUnwrapper.BC)
                                    .build(passphrase)));
                }
                if (o instanceof PEMEncryptedKeyPair encrypted) {
                    requirePassphrase(passphrase);
                    return converter.getKeyPair(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(KeyUnwrapper.BC).build(passphrase)))
                            .getPrivate();
                }
            }
        } catch (PEMException | PKCSException | OperatorCreationException | RuntimeException e) {
            throw new KeyFileException(IssueId.of("envelope.pem.privateKey"), e, e.getMessage());
        }
        throw new KeyFileException(IssueId.of("envelope.pem.noPrivateKey"), null, pem);
    }

    private static void requirePassphrase(char[] passphrase) throws IOException {
        if (passphrase == null) {
            throw new KeyFileException(IssueId.of("envelope.pem.passphrase"), null);
        }
    }
}
