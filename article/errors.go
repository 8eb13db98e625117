package article

import "errors"

// Errors returned by Parse, FromDocument and FromText; test with errors.Is.
var (
	// ErrTooLarge: the input exceeds the WithMaxBytes limit.
	ErrTooLarge = errors.New("article: input too large")
	// ErrTooDeep: element nesting exceeds the WithMaxDepth limit.
	ErrTooDeep = errors.New("article: nesting too deep")
	// ErrNoContent: no article text could be found.
	ErrNoContent = errors.New("article: no article content")
	// ErrNotHTML: the input is binary data, not text.
	ErrNotHTML = errors.New("article: input is not HTML or text")
)
