# Run by redmine-start.sh through `rails runner`: prepares a Redmine for the sync test.
# Idempotent. Prints the admin's API key on the last line.
Setting.rest_api_enabled = '1'
Setting.text_formatting = 'common_mark'
Redmine::DefaultData::Loader.load('en') if Redmine::DefaultData::Loader.no_data?

admin = User.find_by_login('admin')
admin.must_change_passwd = false
admin.save!

# A person the example plan names ("redmine apatel"), so leads can become assignees.
unless User.find_by_login('apatel')
  user = User.new(firstname: 'Ana', lastname: 'Patel', mail: 'apatel@example.org')
  user.login = 'apatel'
  user.password = user.password_confirmation = 'plans-test-password'
  user.save!
end

project = Project.find_by_identifier('plans') || Project.new(name: 'Plans', identifier: 'plans')
project.trackers = Tracker.sorted.to_a
project.enabled_module_names = %w[issue_tracking]
project.save!
user = User.find_by_login('apatel')
unless Member.where(project: project, user: user).exists?
  Member.create!(project: project, principal: user, roles: [Role.givable.sorted.first])
end

puts admin.api_key
