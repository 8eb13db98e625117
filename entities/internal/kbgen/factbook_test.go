package main

import "testing"

func TestLeaderName(t *testing.T) {
	countries := map[string]bool{"spain": true, "china": true, "french polynesia": true}
	country := func(n string) bool { return countries[n] }
	tests := []struct{ item, name, surname string }{
		{"President Latif RASHID", "Latif Rashid", "Rashid"},
		{"Amir TAMIM bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "Tamim"},
		{"King SALMAN bin Abd al-Aziz Al Saud", "Salman bin Abd al-Aziz Al Saud", "Salman"},
		{"Prime Minister Jose Ulisses CORREIA e SILVA", "Jose Ulisses Correia e Silva", "Correia Silva"},
		{"Prime Minister Américo d'Oliveira DOS RAMOS", "Américo d'Oliveira Dos Ramos", "Dos Ramos"},
		{"President of the Government of Spain Pedro SANCHEZ PEREZ-CASTEJON", "Pedro Sanchez Perez-Castejon", "Sanchez Perez-Castejon"},
		{"President of China XI Jinping", "XI Jinping", ""}, // a Roman numeral to the parser; the key ignores case
		{"President of the Government of French Polynesia Moetai BROTHERSON", "Moetai Brotherson", "Brotherson"},
		{"President of the Territorial Assembly Munipoese MULI'AKA'AKA", "Munipoese Muli'Aka'Aka", "Muli'Aka'Aka"},
		{"Secretary of State for Foreign and Political Affairs Luca BECCARI", "Luca Beccari", "Beccari"},
		{"President of the Government Alcide PONGA", "Alcide Ponga", "Ponga"},
		{"King CHARLES III", "Charles III", "Charles"},
		{"vacant", "", ""},
	}
	for _, tt := range tests {
		name, surname := leaderName(onlyLeader(tt.item), country)
		if name != tt.name || surname != tt.surname {
			t.Errorf("leaderName(%q) = %q, %q; want %q, %q", tt.item, name, surname, tt.name, tt.surname)
		}
	}
}

func TestOnlyLeader(t *testing.T) {
	got := onlyLeader("President Emmanuel MACRON , represented by Prefect Florence JEANBLANC-RISLER")
	if name, _ := leaderName(got, func(string) bool { return false }); name != "Emmanuel Macron" {
		t.Errorf("leader = %q, want Emmanuel Macron", name)
	}
}

func TestGroupItem(t *testing.T) {
	tests := []struct{ item, name, abbr string }{
		{" Islamic State of Iraq and ash-Sham (ISIS)", "Islamic State of Iraq and ash-Sham", "ISIS"},
		{"US-designated foreign terrorist groups such as the Islamic Jihad Union", "Islamic Jihad Union", ""},
		{"Kurdistan Workers' Party/Kongra-Gel", "Kurdistan Workers' Party", ""},
	}
	for _, tt := range tests {
		if name, abbr := groupItem(tt.item); name != tt.name || abbr != tt.abbr {
			t.Errorf("groupItem(%q) = %q, %q; want %q, %q", tt.item, name, abbr, tt.name, tt.abbr)
		}
	}
}
