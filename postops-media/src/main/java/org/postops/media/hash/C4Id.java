package org.postops.media.hash;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * C4 IDs (SMPTE ST 2114): the SHA-512 digest as a base58 number, left-padded with the alphabet's zero
 * ('1') to 88 digits, after the prefix "c4" — always 90 characters.
 */
final class C4Id {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] INDEX = new int[128];
    private static final BigInteger BASE = BigInteger.valueOf(58);
    static final int LENGTH = 90;

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private C4Id() {
    }

    static String encode(byte[] sha512) {
        char[] digits = new char[LENGTH];
        Arrays.fill(digits, '1');
        digits[0] = 'c';
        digits[1] = '4';
        BigInteger n = new BigInteger(1, sha512);
        int i = LENGTH - 1;
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            digits[i--] = ALPHABET.charAt(qr[1].intValue());
            n = qr[0];
        }
        return new String(digits);
    }

    static byte[] decode(String id) {
        if (id.length() != LENGTH || !id.startsWith("c4")) {
            throw new IllegalArgumentException("not a C4 ID (\"c4\" and 88 base58 digits): " + id);
        }
        BigInteger n = BigInteger.ZERO;
        for (int i = 2; i < LENGTH; i++) {
            char c = id.charAt(i);
            int d = c < 128 ? INDEX[c] : -1;
            if (d < 0) {
                throw new IllegalArgumentException("not a C4 ID, '" + c + "' is not a base58 digit: " + id);
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(d));
        }
        byte[] raw = n.toByteArray();
        if (raw.length > 65 || (raw.length == 65 && raw[0] != 0)) {
            throw new IllegalArgumentException("not a C4 ID, the number is larger than 512 bits: " + id);
        }
        byte[] out = new byte[64];
        int copy = Math.min(raw.length, 64);
        System.arraycopy(raw, raw.length - copy, out, 64 - copy, copy);
        return out;
    }
}
