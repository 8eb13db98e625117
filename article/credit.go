package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Photo agencies and credit words recognized at the end of captions.
var (
	creditAgencies = []string{"AP", "AFP", "REUTERS", "Reuters", "EPA", "EPA-EFE", "Getty",
		"Getty Images", "Xinhua", "Anadolu", "Bloomberg", "Shutterstock", "Alamy", "PA",
		"Pool", "NurPhoto", "SOPA", "Sipa", "Zuma", "ZUMA", "dpa", "DPA", "ANSA", "TASS",
		"Kyodo", "Yonhap", "IANS", "PTI", "UPI", "Corbis", "Magnum", "NYT", "Redux",
		"The New York Times", "Associated Press", "Agence France-Presse", "iStock", "Wikimedia"}
	creditLabels = []string{"Photo", "Photos", "Photograph", "Photographs", "Photo credit",
		"Credit", "Credits", "Image", "Images", "Picture", "Pictures", "Pic", "Foto", "Fotos",
		"Source", "Courtesy", "Illustration", "Video"}
	creditWords = []string{"photo", "foto", "credit", "courtesy", "©", "(c)", "images",
		"pool", "via", "file"}
)

// maxCreditWords bounds what can be a credit: longer tails are prose.
const maxCreditWords = 10

// splitCredit splits a photo caption into its text and its trailing
// photo credit: "Troops in Baghdad. (AP Photo/Hadi Mizban)" gives
// "Troops in Baghdad." and "AP Photo/Hadi Mizban". Recognized forms are
// a trailing parenthesis naming an agency or a credit word, a trailing
// "Photo: …"/"Credit: …" label, "AGENCY/Name" and "Name/Getty Images"
// tails and a bare agency name closing the caption. When no credit is
// found, credit is "" and text is the trimmed caption.
func splitCredit(caption string) (text, credit string) {
	s := strings.TrimSpace(caption)
	for _, f := range []func(string) (string, string, bool){creditParen, creditLabel, creditSlash, creditAgency} {
		if t, c, ok := f(s); ok {
			return strings.TrimSpace(t), strings.TrimSpace(c)
		}
	}
	return s, ""
}

// creditParen: "… (AP Photo)", "… (AFP)", "… [Reuters]".
func creditParen(s string) (string, string, bool) {
	t := strings.TrimRight(s, ". ")
	if t == "" {
		return "", "", false
	}
	var opener byte
	switch t[len(t)-1] {
	case ')':
		opener = '('
	case ']':
		opener = '['
	default:
		return "", "", false
	}
	i := strings.LastIndexByte(t, opener)
	if i < 0 {
		return "", "", false
	}
	inner := strings.TrimSpace(t[i+1 : len(t)-1])
	if !looksLikeCredit(inner) {
		return "", "", false
	}
	return s[:i], stripLabel(inner), true
}

// creditLabel: "… Photo: Reuters", "… Credit: Jane Doe for The Times".
func creditLabel(s string) (string, string, bool) {
	best := -1
	for _, l := range creditLabels {
		for _, sep := range []string{": ", " / ", " by "} {
			i := strings.LastIndex(s, l+sep)
			if i < 0 || (i > 0 && !boundary(s[:i])) {
				continue
			}
			if i > best {
				best = i
			}
		}
	}
	if best < 0 {
		return "", "", false
	}
	tail := strings.TrimSpace(s[best:])
	credit := stripLabel(tail)
	if credit == "" || wordCount(credit) > maxCreditWords {
		return "", "", false
	}
	return s[:best], strings.TrimRight(credit, "."), true
}

// creditSlash: "… REUTERS/Thaier al-Sudani", "… John Moore/Getty Images".
func creditSlash(s string) (string, string, bool) {
	start := lastSentenceStart(s)
	tail := s[start:]
	if !strings.Contains(tail, "/") || wordCount(tail) > maxCreditWords {
		return "", "", false
	}
	slash := strings.IndexByte(tail, '/')
	left := strings.TrimSpace(tail[:slash])
	right := strings.TrimSpace(tail[slash+1:])
	if left == "" || right == "" {
		return "", "", false
	}
	if !isAgency(lastWords(left)) && !isAgency(right) && !isAgency(firstWord(right)) && !isAgency(left) {
		return "", "", false
	}
	if start == 0 {
		return "", "", false // the whole caption would be a credit
	}
	return s[:start], strings.TrimRight(tail, ". "), true
}

// creditAgency: a last sentence that is only an agency ("… Getty Images").
func creditAgency(s string) (string, string, bool) {
	start := lastSentenceStart(s)
	if start == 0 {
		return "", "", false
	}
	tail := strings.TrimRight(strings.TrimSpace(s[start:]), ".")
	if isAgency(tail) || strings.HasSuffix(tail, "via Getty Images") {
		return s[:start], tail, true
	}
	return "", "", false
}

// looksLikeCredit: short text naming an agency or using a credit word.
func looksLikeCredit(s string) bool {
	if s == "" || wordCount(s) > maxCreditWords {
		return false
	}
	if isAgency(s) || isAgency(firstWord(s)) {
		return true
	}
	if i := strings.IndexByte(s, '/'); i > 0 && (isAgency(strings.TrimSpace(s[:i])) || isAgency(strings.TrimSpace(s[i+1:]))) {
		return true
	}
	low := strings.ToLower(s)
	for _, w := range creditWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// stripLabel removes a leading "Photo:"-style label.
func stripLabel(s string) string {
	for _, l := range creditLabels {
		for _, sep := range []string{": ", ":"} {
			if strings.HasPrefix(s, l+sep) {
				return strings.TrimSpace(s[len(l)+len(sep):])
			}
		}
	}
	return s
}

func isAgency(s string) bool {
	s = strings.TrimSpace(s)
	for _, a := range creditAgencies {
		if s == a || strings.EqualFold(s, a) && len(a) > 3 {
			return true
		}
	}
	return strings.HasSuffix(s, " Images") || strings.HasSuffix(s, " Photo") || strings.HasSuffix(s, " Photos")
}

// lastSentenceStart returns where the last sentence of s starts: after
// the last ". ", "! ", "? " or " | " that is followed by more text.
func lastSentenceStart(s string) int {
	t := strings.TrimRight(s, ". ")
	best := 0
	for _, sep := range []string{". ", "! ", "? ", " | ", " – ", " — ", "; "} {
		if i := strings.LastIndex(t, sep); i >= 0 && i+len(sep) > best {
			best = i + len(sep)
		}
	}
	return best
}

// boundary reports whether prefix ends where a label may start: at a
// sentence end, a space after punctuation or a space.
func boundary(prefix string) bool {
	r, _ := utf8.DecodeLastRuneInString(prefix)
	return unicode.IsSpace(r) || r == '(' || r == '['
}

func lastWords(s string) string {
	f := strings.Fields(s)
	if len(f) >= 2 && isAgency(f[len(f)-2]+" "+f[len(f)-1]) {
		return f[len(f)-2] + " " + f[len(f)-1]
	}
	if len(f) > 0 {
		return f[len(f)-1]
	}
	return ""
}

func firstWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
	if len(f) > 0 {
		return f[0]
	}
	return ""
}

func wordCount(s string) int { return len(strings.Fields(s)) }
