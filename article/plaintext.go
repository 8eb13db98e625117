package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromText builds an article from plain text.
//
// It understands the layout news text is usually pasted in: a headline
// line, optionally followed on the next line by a photo caption that ends
// with a credit in parentheses ("… Baghdad, Oct. 26, 2019. (AP Photo)"),
// then paragraphs separated by blank lines. The headline becomes Title,
// the caption and credit Image.Caption and Image.Credit (Image.URL is
// empty), and the paragraphs the body: Text is the paragraphs, each with
// its white space collapsed, joined by blank lines.
//
// Text without that layout is split into paragraphs on blank lines; the
// first line is taken as the title only when it stands alone, looks like
// a headline (short, not ending with a period) and more text follows. A
// block of lines longer than a hard-wrapped line is read as one paragraph
// per line; hard-wrapped lines are joined.
//
// Invalid UTF-8 is repaired (each bad byte becomes U+FFFD). Input that is
// binary rather than text (NUL bytes, or mostly control characters and
// invalid bytes) fails with ErrNotHTML; input longer than WithMaxBytes
// with ErrTooLarge; input without any text with ErrNoContent.
func FromText(s string, opts ...Option) (*Article, error) {
	cfg := newConfig(opts)
	if cfg.maxBytes > 0 && int64(len(s)) > cfg.maxBytes {
		return nil, ErrTooLarge
	}
	if looksBinary(s) {
		return nil, ErrNotHTML
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")

	lay := readLayout(s)
	a := &Article{Title: lay.title, URL: cfg.url}
	if lay.caption != "" || lay.credit != "" {
		a.Image = &Image{Caption: lay.caption, Credit: lay.credit}
	}
	if err := finish(a, paragraphsHTML(lay.paras), cfg); err != nil {
		return nil, err
	}
	if a.Text == "" && a.Title == "" {
		return nil, ErrNoContent
	}
	return a, nil
}

// textLayout is what readLayout finds in plain text.
type textLayout struct {
	title, caption, credit string
	paras                  []string
}

// readLayout splits text into title, caption with credit and paragraphs.
func readLayout(s string) textLayout {
	blocks := textBlocks(s)
	var lay textLayout
	if len(blocks) == 0 {
		return lay
	}
	first := blocks[0]
	switch {
	case len(first) >= 2 && looksLikeHeadline(first[0]) && isCaption(first[1]):
		// Headline and caption lines, then the body.
		lay.title = first[0]
		lay.caption, lay.credit = splitCredit(first[1])
		blocks[0] = first[2:]
	case len(first) >= 2 && looksLikeHeadline(first[0]) && len(blockParagraphs(first[1:])) > 1:
		// A headline over paragraphs written one per line.
		lay.title = first[0]
		blocks[0] = first[1:]
	case len(first) == 1 && len(blocks) > 1 && looksLikeHeadline(first[0]):
		lay.title = first[0]
		blocks = blocks[1:]
		if len(blocks) > 1 && len(blocks[0]) == 1 && isCaption(blocks[0][0]) {
			lay.caption, lay.credit = splitCredit(blocks[0][0])
			blocks = blocks[1:]
		}
	}
	for _, b := range blocks {
		if len(b) > 0 {
			lay.paras = append(lay.paras, blockParagraphs(b)...)
		}
	}
	return lay
}

// textBlocks splits s into blocks of trimmed, non-blank lines separated by
// blank lines.
func textBlocks(s string) [][]string {
	var blocks [][]string
	var cur []string
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	return blocks
}

// wrapWidth is the longest line taken as hard-wrapped prose.
const wrapWidth = 100

// blockParagraphs returns a block's paragraphs: one per line when some
// line is longer than hard-wrapped text, else the lines joined.
func blockParagraphs(lines []string) []string {
	for _, l := range lines {
		if utf8.RuneCountInString(l) > wrapWidth {
			return lines
		}
	}
	return []string{strings.Join(lines, "\n")}
}

// looksLikeHeadline reports a short line with letters that does not end
// like a sentence.
func looksLikeHeadline(line string) bool {
	if len(line) > 250 || len(strings.Fields(line)) > 30 {
		return false
	}
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, ",") || strings.HasSuffix(line, ";") {
		return false
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// isCaption reports a line that ends with a photo credit.
func isCaption(line string) bool {
	if len(line) > 600 {
		return false
	}
	_, credit := splitCredit(line)
	return credit != ""
}

// paragraphsHTML renders paragraphs as <p> elements, built as nodes.
func paragraphsHTML(paras []string) string {
	var sb strings.Builder
	for _, p := range paras {
		n := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: p})
		_ = html.Render(&sb, n) // a strings.Builder never fails
	}
	return sb.String()
}

// looksBinary reports data that is not text: a NUL byte, or more than one
// byte in ten being an invalid UTF-8 byte or a control character other
// than tab, newline, carriage return and form feed.
func looksBinary(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			bad++
		}
		i += size
	}
	return bad*10 > len(s)
}
