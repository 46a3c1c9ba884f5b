package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.Lead;
import org.plans.dsl.importer.detect.LeadReader;
import org.plans.dsl.importer.detect.Quote;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The forms of dates, leads and column headers real plans use. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ReadersTest {

	@Inject
	private Quote quote;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"December 2019                                         | 2019-12",
			"Q3 23/24                                              | 2023/24-Q3",
			"Qtr 3 2023/24                                         | 2023/24-Q3",
			"Quarter 4 2023-24                                     | 2023/24-Q4",
			"2023-24 Q3                                            | 2023/24-Q3",
			"End of Q2 2023/24                                     | 2023/24-Q2",
			"by the end of March 2024                              | 2024-03",
			"Mar-24                                                | 2024-03",
			"2011-12                                               | 2011-12",
			"Mar 2016                                              | 2016-03",
			"Sept 24                                               | 2024-09",
			"March 25                                              | 2025-03",
			"End May 2015                                          | 2015-05",
			"September 30, 2020                                    | 2020-09-30",
			"1 April 2015                                          | 2015-04-01",
			"Q3 2019                                               | 2019-Q3",
			"2019/20                                               | 2019/20",
			"On- going                                             | ongoing",
			"Ongoing                                               | ongoing",
			"Quarterly                                             | quarterly",
			"TBC                                                   | tbc",
			"TBC by L&D                                            | tbc \"by L&D\"",
			"TBA                                                   | tbc",
			"To be agreed                                          | tbc",
			"From May 2019                                         | from 2019-05",
			"From May 2019 and ongoing                             | from 2019-05 and ongoing",
			"June 2019 and ongoing                                 | 2019-06 and ongoing",
			"July 2019 and on-going programme to ensure embedded   | 2019-07 and ongoing \"programme to ensure embedded\"",
			"March 2022 / Quarterly                                | 2022-03 and quarterly",
			"6 months from start                                   | \"6 months from start\"",
			"From May and On-going                                 | \"From May and On-going\"",
			"Marc h 2016                                           | 2016-03",
			"Dec emb er 15                                         | 2015-12",
			"Q2 2022/23                                            | 2022/23-Q2",
			"2022/23 Q4                                            | 2022/23-Q4",
			"Autumn 2015                                           | 2015-autumn",
			"Spring 2016                                           | 2016-spring",
			"With immediate effect                                 | immediately",
			"Immediately                                           | immediately",
			"Immediately and ongoing                               | immediately and ongoing",
			"approx. March 2022                                    | about 2022-03",
			"c. March 2022                                         | about 2022-03" })
	void dates(String cell, String expected) {
		assertEquals(expected, new DateReader(quote).read(cell));
	}

	/** For lines that take a date only (issued, a progress header's date): never "about", "immediately" or "from". */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = { "May 2019 | 2019-05", "approx. March 2022 | 2022-03",
			"Q2 2022/23 | 2022/23-Q2", "Autumn 2015 | 2015-autumn", "From May 2019 and ongoing | 2019-05",
			"With immediate effect | -", "Ongoing | -", "TBC | -", "6 months from start | -" })
	void plainDates(String cell, String expected) {
		assertEquals(expected, DateReader.plainDate(cell));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Sarah-Jane Smedmor/ Karen Tolond                | PERSON:Sarah-Jane Smedmor, PERSON:Karen Tolond",
			"Sarah-Jane Smedmor and heads of service         | PERSON:Sarah-Jane Smedmor, ROLE:heads of service",
			"Lou Williams & Karen Tolond                     | PERSON:Lou Williams, PERSON:Karen Tolond",
			"Fiona van den Hout, CCG                         | PERSON:Fiona van den Hout, PARTNER:CCG",
			"HR                                              | TEAM:HR",
			"Sarah-Jane Smedmor, and Karen Roland            | PERSON:Sarah-Jane Smedmor, PERSON:Karen Roland",
			"LiquidLogic delivery team                       | TEAM:LiquidLogic delivery team",
			"Raj Mehta and the Family Support Team           | PERSON:Raj Mehta, TEAM:Family Support Team",
			"Service Director of Corporate Parenting, Fostering & Adoption | ROLE:Service Director of Corporate Parenting, Fostering & Adoption",
			"AD Children's Safeguardin g and AD CiC, Permanenc y & Children's resources | ROLE:AD Children's Safeguarding, ROLE:AD CiC, Permanency & Children's resources",
			"Service Director: Children's Social Care & Service Director Quality Assurance & Practice Improvement | ROLE:Service Director: Children's Social Care, ROLE:Service Director Quality Assurance & Practice Improvement" })
	void leads(String cell, String expected) {
		List<Lead> leads = LeadReader.read(cell);
		assertEquals(expected, String.join(", ", leads.stream().map(l -> l.kind() + ":" + l.name()).toList()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Sarah Flint, Principal Social Worker             | PERSON:Sarah Flint as Principal Social Worker",
			"Jo Bloggs (HoS)                                  | PERSON:Jo Bloggs as Head of Service",
			"Jo Bloggs (HoS/SM)                               | PERSON:Jo Bloggs as Head of Service+Service Manager",
			"HoS: Jo Bloggs                                   | PERSON:Jo Bloggs as Head of Service",
			"Service Manager – Ann Lee and Raj Patel          | PERSON:Ann Lee as Service Manager, PERSON:Raj Patel as Service Manager",
			"Ann Lee and Raj Patel, Service Managers          | PERSON:Ann Lee as Service Managers, PERSON:Raj Patel as Service Managers",
			"Jo Bloggs, Service Manager and Ann Lee, PSW      | PERSON:Jo Bloggs as Service Manager, PERSON:Ann Lee as Principal Social Worker",
			"Jo Bloggs (ATM); Ann Lee (IRO)                   | PERSON:Jo Bloggs as Assistant Team Manager, PERSON:Ann Lee as Independent Reviewing Officer",
			"'Jo Bloggs, Head of\nService\nAnn Lee'          | PERSON:Jo Bloggs as Head of Service, PERSON:Ann Lee",
			"HoS & DCS                                        | ROLE:Head of Service, ROLE:Director of Children's Services",
			"Lead: Jo Bloggs                                  | PERSON:Jo Bloggs",
			"Jo Park – Head of Finance                        | PERSON:Jo Park as Head of Finance",
			"Dr Priya Nair - Chief Nursing Officer            | PERSON:Dr Priya Nair as Chief Nursing Officer",
			"Mark Hill/Director of Operations                 | PERSON:Mark Hill as Director of Operations",
			"Sarah-Jane Smedmor/ Heads of Service             | PERSON:Sarah-Jane Smedmor, ROLE:Heads of Service",
			"Sam Ode and Lee Grant, Housing Manager           | PERSON:Sam Ode, PERSON:Lee Grant as Housing Manager",
			"Priya Nair, CNO                                  | PERSON:Priya Nair as Chief Nursing Officer",
			"Sue Park (AMD)                                   | PERSON:Sue Park as Associate Medical Director",
			"Mark Hill – Director of Operations, ICB          | PERSON:Mark Hill as Director of Operations of ICB" })
	void peopleWithRoles(String cell, String expected) {
		List<Lead> leads = LeadReader.read(cell.replace("\\n", "\n"));
		assertEquals(expected, String.join(", ", leads.stream().map(l -> l.kind() + ":" + l.name()
				+ (l.roles().isEmpty() ? "" : " as " + String.join("+", l.roles()))
				+ (l.organisation() == null ? "" : " of " + l.organisation().name())).toList()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Ref | REF", "No | REF", "Lead[s] | LEAD", "Responsible Officer | LEAD",
			"By Whom? | LEAD", "Timescale | DEADLINE", "By When? | DEADLINE", "End Date | DEADLINE",
			"Success criteria | SUCCESS", "Key Targets | SUCCESS", "Progress – Outcomes and Key Targets | SUCCESS",
			"Performance Measures and Milestones | INDICATOR", "Progress - at July 2015 | PROGRESS", "Item | ACTION",
			"Indicator | ACTION", "What we will do | ACTION", "Outcome | OUTCOME", "Cost/Resources required | COST",
			"RAG | RAG", "Start Date | START", "Who | LEAD", "When | DEADLINE", "Deliverable | ACTION", "SRO | LEAD",
			"Senior Responsible Owner | LEAD" })
	void headers(String header, ColumnRole role) {
		assertEquals(role, ColumnRole.of(header));
	}
}
