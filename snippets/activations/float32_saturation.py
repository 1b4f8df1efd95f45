import torch
import torch.nn.functional as F

x = torch.tensor([5.0, 10.0, 16.0, 17.0, 20.0], requires_grad=True)
s = torch.sigmoid(x)
print("x          =", x.detach())
print("sigmoid(x) =", s.detach())  # the display rounds to 4 decimals
print("sigmoid(x) == 1:", s == 1)  # exact comparison
print("1 - sigmoid(x): ", (1 - s).detach())
print("log(1 - s):     ", torch.log(1 - s).detach())
# log(1 - sigmoid(x)) = log(sigmoid(-x)), computed without forming 1 - s.
print("logsigmoid(-x): ", F.logsigmoid(-x).detach())
s.sum().backward()
print("gradient:       ", x.grad)

print("tanh(10) == 1:", torch.tanh(torch.tensor(10.0)).item() == 1.0)
print("sigmoid(-104) =", torch.sigmoid(torch.tensor(-104.0)).item())
