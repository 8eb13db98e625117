package kb

import "testing"

func TestDescTable(t *testing.T) {
	var a, b, m descTable
	a.set([]int32{0, 3, 7}, []string{"zero", "", "seven"})
	b.set([]int32{1}, []string{"one"})
	m.appendFrom(&a, 0)
	m.appendFrom(&b, 10)
	for _, tc := range []struct {
		d    *descTable
		i    int32
		want string
		ok   bool
	}{
		{&a, 0, "zero", true}, {&a, 3, "", true}, {&a, 7, "seven", true}, {&a, 1, "", false}, {&a, 8, "", false},
		{&m, 7, "seven", true}, {&m, 11, "one", true}, {&m, 1, "", false}, {&b, 1, "one", true},
	} {
		if got, ok := tc.d.of(tc.i); got != tc.want || ok != tc.ok {
			t.Errorf("of(%d) = %q, %v; want %q, %v", tc.i, got, ok, tc.want, tc.ok)
		}
	}
}
