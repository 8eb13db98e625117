package entities_test

import (
	"fmt"
	"strings"

	"github.com/newslens/newslens/entities"
)

func ExampleLoadKB() {
	kb, err := entities.LoadKB(strings.NewReader(
		"# id\twikipedia\tname\ttype\tkind\tcountry\tregion\tprior\tdescription\taliases\n" +
			"\tAcme_Corporation\tAcme Corporation\tOrganization\tcompany\tUS\t\t150\t\tAcme|ACME Corp.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range kb.Lookup("acme corp") {
		fmt.Println(e.Name, e.Wikipedia, e.Type, e.Description)
	}
	// Output:
	// Acme Corporation Acme_Corporation Organization company in the United States
}

func ExampleKB_Lookup() {
	for _, e := range entities.DefaultKB().Lookup("al-Kadhemi")[:1] {
		fmt.Println(e.Wikipedia, e.Type)
	}
	// Output:
	// Mustafa_Al-Kadhimi Person
}

func ExampleLoadKB_error() {
	_, err := entities.LoadKB(strings.NewReader("\t\tAcme\tCompany\n"))
	fmt.Println(err)
	// Output:
	// entities: knowledge base line 1: type "Company" is not one of Person, Organization, Place, Group, Misc
}
