package jumps

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThread(t *testing.T) {
	tests := []struct {
		name      string
		in, want  []byte
		functions int
		direct    int
		kept      int
	}{
		{
			name:      "jump to the next block branches to its block's end",
			in:        fn(goJump(1, 1), nil),
			want:      fn(br(0), nil),
			functions: 1, direct: 1,
		},
		{
			name:      "jump over a block",
			in:        fn(goJump(2, 2), op(0x01), nil),
			want:      fn(br(1), op(0x01), nil),
			functions: 1, direct: 1,
		},
		{
			name:      "jump inside an if counts the if's label",
			in:        fn(ops(get(1), ifThen(), goJump(2, 3), end()), nil, nil),
			want:      fn(ops(get(1), ifThen(), br(2), end()), nil, nil),
			functions: 1, direct: 1,
		},
		{
			name: "PC_B is mapped through the table",
			// The table sends PC_B 0 to block 3, 1 to block 2, 2 to block 0.
			in: body(ops(loop(), block(), block(), block(), block(), get(0), brTable(3, 2, 0, 1, 1), end(),
				goJump(1, 3), end(), end(), end(), epilogue())),
			want: body(ops(loop(), block(), block(), block(), block(), get(0), brTable(3, 2, 0, 1, 1), end(),
				br(1), end(), end(), end(), epilogue())),
			functions: 1, direct: 1,
		},
		{
			name: "jump back is left to the loop",
			in:   fn(nil, goJump(0, 0)),
			want: fn(nil, goJump(0, 0)),
			kept: 1,
		},
		{
			name: "jump to its own block is left to the loop",
			in:   fn(goJump(0, 1), nil),
			want: fn(goJump(0, 1), nil),
			kept: 1,
		},
		{
			name:      "PC_B past the table takes the default label",
			in:        fn(goJump(99, 2), nil, nil),
			want:      fn(br(1), nil, nil),
			functions: 1, direct: 1,
		},
		{
			name:      "forward and back in one function",
			in:        fn(goJump(2, 2), goJump(0, 1), goJump(1, 0)),
			want:      fn(br(1), goJump(0, 1), goJump(1, 0)),
			functions: 1, direct: 1, kept: 2,
		},
		{
			name:      "PC_B read elsewhere: jumps keep setting it",
			in:        fn(goJump(1, 1), ops(get(0), op(0x1a))),
			want:      fn(ops(i32(1), set(0), br(0)), ops(get(0), op(0x1a))),
			functions: 1, direct: 1,
		},
		{
			name:      "PC_B used as scratch right after setting it",
			in:        fn(goJump(1, 1), ops(i32(7), set(0), i32(0), get(0), op(0x1a), op(0x1a))),
			want:      fn(br(0), ops(i32(7), set(0), i32(0), get(0), op(0x1a), op(0x1a))),
			functions: 1, direct: 1,
		},
		{
			name:      "br_if to the loop: jumps keep setting PC_B",
			in:        fn(ops(get(1), brIf(2)), goJump(2, 1), nil),
			want:      fn(ops(get(1), brIf(2)), ops(i32(2), set(0), br(0)), nil),
			functions: 1, direct: 1,
		},
		{
			name:      "br to the loop without setting PC_B",
			in:        fn(goJump(2, 2), br(1), nil),
			want:      fn(ops(i32(2), set(0), br(1)), br(1), nil),
			functions: 1, direct: 1,
		},
		{
			name:      "inside the runtime's unwind block",
			in:        body(ops(block(), prologue(2), goJump(1, 1), end(), epilogue(), end())),
			want:      body(ops(block(), prologue(2), br(0), end(), epilogue(), end())),
			functions: 1, direct: 1,
		},
		{
			name: "no entry loop",
			in:   body(ops(get(0), op(0x0f), end())),
			want: body(ops(get(0), op(0x0f), end())),
		},
		{
			name: "a loop without Go's table",
			in:   body(ops(loop(), get(1), brIf(0), end(), end())),
			want: body(ops(loop(), get(1), brIf(0), end(), end())),
		},
		{
			name: "a table label past the blocks",
			in:   body(ops(loop(), block(), get(0), brTable(0, 1), end(), goJump(0, 0), end(), end())),
			want: body(ops(loop(), block(), get(0), brTable(0, 1), end(), goJump(0, 0), end(), end())),
		},
		{
			name: "a loop that never ends",
			in:   body(ops(prologue(2), goJump(1, 1))),
			want: body(ops(prologue(2), goJump(1, 1))),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := module(tt.in, body(ops(op(0x01), end())))
			got, s, err := Thread(in)
			require.NoError(t, err)
			assert.Equal(t, module(tt.want, body(ops(op(0x01), end()))), got)
			assert.Equal(t, Stats{Functions: tt.functions, Direct: tt.direct, Kept: tt.kept}, s)
		})
	}
}

func TestThreadKeepsOtherSections(t *testing.T) {
	in := []byte("\x00asm\x01\x00\x00\x00")
	in = append(in, 0, 3, 'a', 'b', 'c') // a custom section
	in = append(in, module(fn(goJump(1, 1), nil))[8:]...)
	in = append(in, 11, 1, 0) // an empty data section
	got, _, err := Thread(in)
	require.NoError(t, err)
	want := []byte("\x00asm\x01\x00\x00\x00")
	want = append(want, 0, 3, 'a', 'b', 'c')
	want = append(want, module(fn(br(0), nil))[8:]...)
	want = append(want, 11, 1, 0)
	assert.Equal(t, want, got)
}

func TestThreadErrors(t *testing.T) {
	good := module(fn(goJump(1, 1), nil))
	tests := []struct {
		name string
		in   []byte
		is   error
	}{
		{"empty", nil, ErrNotWasm},
		{"text", []byte("(module)"), ErrNotWasm},
		{"version 2", []byte("\x00asm\x02\x00\x00\x00"), ErrNotWasm},
		{"truncated section", good[:len(good)-3], ErrMalformed},
		{"section size past the end", append([]byte("\x00asm\x01\x00\x00\x00"), 1, 0x80, 0x80, 0x04), ErrMalformed},
		{"oversized number", append([]byte("\x00asm\x01\x00\x00\x00"), 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), ErrMalformed},
		{"truncated immediate", module(body(ops(op(opI32Const), []byte{0x80}))), ErrMalformed},
		{"huge br_table", module(body(ops(op(opBrTable), []byte{0xff, 0xff, 0xff, 0xff, 0x0f}))), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Thread(tt.in)
			assert.ErrorIs(t, err, tt.is)
			assert.Nil(t, got)
		})
	}
	t.Run("bytes after the bodies", func(t *testing.T) {
		m := module(body(end()))
		m = append(m, 0)
		m[9]++ // the code section's size
		_, _, err := Thread(m)
		assert.ErrorIs(t, err, ErrMalformed)
	})
	t.Run("unknown instructions leave their function alone", func(t *testing.T) {
		for _, code := range [][]byte{op(0xfd), {0xfc, 12}} {
			in := module(fn(goJump(1, 1), nil), body(ops(code, end())))
			got, s, err := Thread(in)
			require.NoError(t, err)
			assert.Equal(t, module(fn(br(0), nil), body(ops(code, end()))), got)
			assert.Equal(t, Stats{Functions: 1, Direct: 1, Unknown: 1}, s)
		}
	})
	t.Run("unchanged module keeps its bytes", func(t *testing.T) {
		// A size written in more bytes than it needs stays so.
		in := []byte("\x00asm\x01\x00\x00\x00\x0a\x84\x00\x01\x02\x00\x0b")
		got, s, err := Thread(in)
		require.NoError(t, err)
		assert.Equal(t, in, got)
		assert.Zero(t, s)
	})
	t.Run("input untouched", func(t *testing.T) {
		in := module(fn(goJump(1, 1), nil))
		keep := append([]byte(nil), in...)
		_, _, err := Thread(in)
		require.NoError(t, err)
		assert.Equal(t, keep, in)
	})
}
