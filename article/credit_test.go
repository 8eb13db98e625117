package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitCredit(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, text, credit string }{
		{"Security forces close the bridge, Baghdad, Oct. 26, 2019. (AP Photo)",
			"Security forces close the bridge, Baghdad, Oct. 26, 2019.", "AP Photo"},
		{"Protesters in Baghdad (AP Photo/Hadi Mizban)", "Protesters in Baghdad", "AP Photo/Hadi Mizban"},
		{"A rally in Paris. (AFP)", "A rally in Paris.", "AFP"},
		{"Smoke rises over the city. Photo: Reuters", "Smoke rises over the city.", "Reuters"},
		{"Smoke rises over the city. REUTERS/Thaier al-Sudani", "Smoke rises over the city.", "REUTERS/Thaier al-Sudani"},
		{"The president speaks. John Moore/Getty Images", "The president speaks.", "John Moore/Getty Images"},
		{"The president speaks. Getty Images", "The president speaks.", "Getty Images"},
		{"Fans cheer at the stadium. (Photo by Jane Doe/Getty Images)", "Fans cheer at the stadium.", "Photo by Jane Doe/Getty Images"},
		{"Tanks roll in. Credit: Jane Doe for The New York Times", "Tanks roll in.", "Jane Doe for The New York Times"},
		{"Rescue workers. [Reuters]", "Rescue workers.", "Reuters"},
		{"Oil tanker (file)", "Oil tanker", "file"},
		{"The summit in Geneva (Switzerland) on Monday", "The summit in Geneva (Switzerland) on Monday", ""},
		{"A quiet street in Hanoi.", "A quiet street in Hanoi.", ""},
		{"A man (left) and a woman", "A man (left) and a woman", ""},
		{"", "", ""},
		{"(AP Photo)", "", "AP Photo"},
		{"  Spaces around.  ", "Spaces around.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			text, credit := splitCredit(tt.in)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.credit, credit)
		})
	}
}
