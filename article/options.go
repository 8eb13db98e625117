package article

import "github.com/newslens/newslens/entities"

// Option configures Parse, FromDocument and FromText.
type Option func(*config)

// config holds the options of one call.
type config struct {
	url       string
	linker    *entities.Linker
	linkerSet bool
	maxBytes  int64
	maxDepth  int
}

// Default limits; see WithMaxBytes and WithMaxDepth.
const (
	DefaultMaxBytes = 64 << 20
	DefaultMaxDepth = 512
)

func newConfig(opts []Option) *config {
	c := &config{maxBytes: DefaultMaxBytes, maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	if !c.linkerSet {
		c.linker = entities.Default()
	}
	return c
}

// WithURL sets the page's URL: the base for relative links and the
// fallback for the canonical URL.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithLinker sets the entity linker; nil turns entity finding off. The
// default is entities.Default().
func WithLinker(l *entities.Linker) Option {
	return func(c *config) { c.linker, c.linkerSet = l, true }
}

// WithMaxBytes limits the input size; larger input fails with ErrTooLarge.
// n <= 0 means no limit.
func WithMaxBytes(n int64) Option { return func(c *config) { c.maxBytes = n } }

// WithMaxDepth limits element nesting; deeper input fails with ErrTooDeep.
// n <= 0 means no limit.
func WithMaxDepth(n int) Option { return func(c *config) { c.maxDepth = n } }
