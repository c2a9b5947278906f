package dedupe

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
)

// Default signature settings. Changing them changes every signature: stored
// signatures carry their settings and compare only with equal ones.
const (
	DefaultShingle = 5   // words per shingle
	DefaultHashes  = 128 // MinHash values per signature
)

// Signature is the MinHash of a text: for each of its hash functions, the
// least hash of the text's shingles. Signatures of similar texts agree in a
// share of their values close to the texts' Jaccard similarity.
type Signature struct {
	Shingle int
	Mins    []uint32
}

// Sign returns the signature of text with the default settings.
func Sign(text string) Signature { return SignWith(text, DefaultShingle, DefaultHashes) }

// SignWith returns the signature of text over k-word shingles with n hash
// functions. A text with fewer than k words is one shingle; a text with no
// word has a signature of n maximal values (similar to nothing but itself).
func SignWith(text string, k, n int) Signature {
	if k < 1 {
		k = 1
	}
	if k > 255 {
		k = 255
	}
	n = min(max(n, 1), maxHashes)
	sig := Signature{Shingle: k, Mins: make([]uint32, n)}
	for i := range sig.Mins {
		sig.Mins[i] = ^uint32(0)
	}
	words := Words(text)
	if len(words) == 0 {
		return sig
	}
	// Hash each word once, then combine k word hashes per shingle.
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv64(w)
	}
	add := func(h uint64) {
		h = mix64(h)
		for i := range sig.Mins {
			// A cheap family of hash functions: multiply-shift with per-index odd
			// multipliers and offsets derived from one fixed seed.
			v := uint32((h*mults[i] + adds[i]) >> 32)
			if v < sig.Mins[i] {
				sig.Mins[i] = v
			}
		}
	}
	if len(words) < k {
		var h uint64
		for _, x := range wh {
			h = bits.RotateLeft64(h, 17) ^ x
		}
		add(h)
		return sig
	}
	for i := 0; i+k <= len(words); i++ {
		var h uint64
		for _, x := range wh[i : i+k] {
			h = bits.RotateLeft64(h, 17) ^ x
		}
		add(h)
	}
	return sig
}

// Words splits text into lower-cased words: runs of letters and digits
// (apostrophes and other punctuation separate words). It is the unit of the
// shingles.
func Words(text string) []string {
	var out []string
	start := -1
	lower := strings.ToLower(text)
	for i, r := range lower {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, lower[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, lower[start:])
	}
	return out
}

// Jaccard estimates the Jaccard similarity of the shingle sets of the two
// texts: the share of equal values. Signatures with different settings
// compare as 0.
func (s Signature) Jaccard(o Signature) float64 {
	if s.Shingle != o.Shingle || len(s.Mins) != len(o.Mins) || len(s.Mins) == 0 {
		return 0
	}
	eq := 0
	for i, v := range s.Mins {
		if v == o.Mins[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(s.Mins))
}

// sigVersion tags the byte form of a signature.
const sigVersion = 1

// Bytes returns the compact byte form: version, shingle size, count (2
// bytes), then the values (4 bytes each, little-endian): 516 bytes with the
// defaults.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4+4*len(s.Mins))
	b[0], b[1] = sigVersion, byte(s.Shingle)
	binary.LittleEndian.PutUint16(b[2:], uint16(len(s.Mins)))
	for i, v := range s.Mins {
		binary.LittleEndian.PutUint32(b[4+4*i:], v)
	}
	return b
}

// ParseSignature reads the byte form written by Bytes.
func ParseSignature(b []byte) (Signature, error) {
	if len(b) < 4 {
		return Signature{}, errors.New("dedupe: signature too short")
	}
	if b[0] != sigVersion {
		return Signature{}, fmt.Errorf("dedupe: signature version %d, want %d", b[0], sigVersion)
	}
	n := int(binary.LittleEndian.Uint16(b[2:]))
	if len(b) != 4+4*n || b[1] == 0 {
		return Signature{}, fmt.Errorf("dedupe: signature of %d bytes does not hold %d values", len(b), n)
	}
	s := Signature{Shingle: int(b[1]), Mins: make([]uint32, n)}
	for i := range s.Mins {
		s.Mins[i] = binary.LittleEndian.Uint32(b[4+4*i:])
	}
	return s, nil
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// maxHashes bounds the number of hash functions.
const maxHashes = 1024

var mults, adds [maxHashes]uint64

func init() {
	state := uint64(0x5eed0fbeda77a)
	next := func() uint64 {
		state += 0x9e3779b97f4a7c15
		return mix64(state)
	}
	for i := range mults {
		mults[i] = next() | 1
		adds[i] = next()
	}
}
