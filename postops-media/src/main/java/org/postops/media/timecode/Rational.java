package org.postops.media.timecode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction in lowest terms with a positive denominator. Seconds at 30000/1001 fps are not finite
 * decimals (one frame lasts 0.0333666… s), so time is kept as a fraction and rounded only when shown.
 */
public record Rational(long numerator, long denominator) implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(0, 1);

    public Rational {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long g = gcd(Math.abs(numerator), denominator);
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    public static Rational of(long numerator, long denominator) {
        return new Rational(numerator, denominator);
    }

    public static Rational of(long whole) {
        return new Rational(whole, 1);
    }

    /**
     * Reads {@code 30000/1001}, {@code 30000:1001}, {@code 25}, {@code 3603.6} or {@code -0.5} exactly (a decimal
     * becomes the fraction it spells).
     */
    public static Rational parse(String text) {
        String s = text.strip();
        int slash = Math.max(s.indexOf('/'), s.indexOf(':'));
        try {
            if (slash > 0) {
                return of(Long.parseLong(s.substring(0, slash).strip()), Long.parseLong(s.substring(slash + 1).strip()));
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException("'" + text + "' is not a number or a fraction");
        }
    }

    /** The exact value of a decimal, e.g. 0.04 → 1/25. */
    public static Rational of(BigDecimal decimal) {
        BigDecimal d = decimal.stripTrailingZeros();
        if (d.scale() <= 0) {
            return of(d.longValueExact());
        }
        BigInteger den = BigInteger.TEN.pow(d.scale());
        BigInteger num = d.unscaledValue();
        BigInteger g = num.gcd(den);
        return of(num.divide(g).longValueExact(), den.divide(g).longValueExact());
    }

    public Rational plus(Rational o) {
        return of(Math.addExact(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator)),
                Math.multiplyExact(denominator, o.denominator));
    }

    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    public Rational negate() {
        return new Rational(Math.negateExact(numerator), denominator);
    }

    public Rational times(Rational o) {
        long g1 = gcd(Math.abs(numerator), o.denominator);
        long g2 = gcd(Math.abs(o.numerator), denominator);
        return of(Math.multiplyExact(numerator / g1, o.numerator / g2),
                Math.multiplyExact(denominator / g2, o.denominator / g1));
    }

    public Rational times(long factor) {
        return times(of(factor));
    }

    public Rational dividedBy(Rational o) {
        if (o.numerator == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(new Rational(o.denominator, o.numerator));
    }

    public int signum() {
        return Long.signum(numerator);
    }

    /** The greatest whole number not above this. */
    public long floor() {
        return Math.floorDiv(numerator, denominator);
    }

    /** Rounded to a whole number in the given mode. */
    public long round(RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, mode).longValueExact();
    }

    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    public double toDouble() {
        return (double) numerator / denominator;
    }

    @Override
    public int compareTo(Rational o) {
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator))
                .compareTo(BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    /** {@code 30000/1001}, or {@code 25} when whole. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
